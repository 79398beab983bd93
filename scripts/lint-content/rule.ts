import type { Root } from 'mdast';
import type { Problem } from '../../src/core/problems/problems.ts';
import type { CitationTargets } from './citation-targets.ts';

/** What a rule knows about the file it checks. */
export interface RuleContext {
	/** Path of the file relative to the project root (`/`-separated), as shown in messages. */
	file: string;
	/** Absolute path of the project root, to resolve relative imports against. */
	root: string;
	/** What citations may point at; without it, citations are not checked. */
	targets?: CitationTargets;
}

/** One content-lint rule: reads the MDX tree, returns every problem it finds. */
export type Rule = (tree: Root, context: RuleContext) => Problem[];
