import { spawnSync } from 'node:child_process';
import type { GitHistory } from './last-updated.ts';

const cache = new Map<string, GitHistory>();

/**
 * Whether the git history in `cwd` is complete enough to date files by their last commit.
 * Asked once per directory and build: `git rev-parse --is-shallow-repository` prints `true` in a
 * clone made with `--depth`, as CI checkouts are by default.
 * @param cwd A directory inside the checkout.
 */
export function gitHistory(cwd: string = process.cwd()): GitHistory {
	const known = cache.get(cwd);
	if (known) return known;
	const result = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8' });
	const answer = result.status === 0 ? result.stdout.trim() : '';
	const history: GitHistory = answer === 'false' ? 'full' : answer === 'true' ? 'shallow' : 'none';
	cache.set(cwd, history);
	return history;
}

/**
 * Date of the last commit that touched a file, or undefined when git has none (an untracked
 * file, no git). Callers use it only when {@link gitHistory} is `full`.
 * @param file Path relative to `cwd`.
 * @param cwd The checkout.
 */
export function gitFileDate(file: string, cwd: string = process.cwd()): Date | undefined {
	const result = spawnSync('git', ['log', '-1', '--format=%ct', '--', file], { cwd, encoding: 'utf8' });
	const seconds = Number(result.stdout.trim());
	return result.status === 0 && seconds > 0 ? new Date(seconds * 1000) : undefined;
}
