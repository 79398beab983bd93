import { parse } from 'yaml';
import { GuidelineVersionsSchema, type GuidelineVersion } from '../../core/schemas/guideline-version.ts';
import source from '../../content/data/guideline-versions.yaml?raw';

/** The guideline's versions, newest first, read once per build. */
export const guidelineVersions: GuidelineVersion[] = GuidelineVersionsSchema.parse(parse(source));

/** The current version: the newest entry. */
export const currentVersion: GuidelineVersion = guidelineVersions[0]!;
