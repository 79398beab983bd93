import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/corpus/corpus.ts';
import { convertAll, convertOne, type SourceFile } from '../../../scripts/import/convert-all.ts';
import { convertInParallel } from '../../../scripts/import/convert-in-parallel.ts';
import { loadConverters } from '../../../scripts/import/converters.ts';
import { readSources } from '../../../scripts/import/io.ts';
import { repo } from '../../support/repo.ts';

describe('converting in worker threads', () => {
	// The real sources (the seed case, the slide deck with its sidecar), generated cases, and
	// sources with problems: one that is not a case file and one with a broken case id.
	const sources: SourceFile[] = [
		...readSources(join(repo, 'sources')),
		...generateCorpus({ count: 12, seed: 3, firstId: 20_001 }).map((file) => ({
			file: `gen/${file.fileName}`,
			bytes: new TextEncoder().encode(file.text),
		})),
		{ file: 'bad/empty.txt', bytes: new Uint8Array() },
		{
			file: 'bad/case.txt',
			bytes: new TextEncoder().encode(
				readFileSync(join(repo, 'sources/000_186593a879ea8978.txt'), 'utf8').replace(/case_id: \d+/u, 'case_id: x'),
			),
		},
	];

	it('gives every source the conversion it gets in one thread, problems included', async () => {
		const converters = await loadConverters();
		const parallel = await convertInParallel(sources, {}, 3);
		expect([...parallel.keys()].sort()).toEqual(sources.map((source) => source.file).sort());
		for (const source of sources) expect(parallel.get(source.file)).toEqual(convertOne(source, {}, converters));
		const inOneThread = convertAll(sources, {}, { converters });
		expect(convertAll(sources, {}, { converted: parallel })).toEqual(inOneThread);
		expect(inOneThread.problems.some((problem) => problem.file === 'bad/case.txt')).toBe(true);
	});
});
