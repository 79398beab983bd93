import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { sampleTree, type NameUsage } from './process-tree.ts';

/** Path of GNU time, whose `-v` report is the OS's accounting of a child process. */
export const GNU_TIME = '/usr/bin/time';

/** Measures of one stage of the pipeline, run as a child process. */
export interface StageResult {
	/** Wall-clock seconds. */
	seconds: number;
	/** Largest single process of the stage in bytes, as the OS accounts it (`/usr/bin/time -v`); null without GNU time. */
	maxRss: number | null;
	/** Peak of all the stage's processes added up, sampled from /proc. */
	peakTreeRss: number;
	/** Per process name: when it ran and its peak (e.g. `pagefind`). */
	names: Map<string, NameUsage>;
	/** What the stage printed (stdout and stderr). */
	output: string;
}

/**
 * Runs one command as a child process, under GNU time when it is installed, while sampling the
 * memory of its process tree. Rejects when the command fails, with the end of its output.
 */
export function runStage(
	command: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<StageResult> {
	const report = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
	const timed = existsSync(GNU_TIME);
	const [file, argv] = timed ? [GNU_TIME, ['-v', '-o', report, command, ...args]] : [command, args];
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(file, argv, {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const sampler = sampleTree(child.pid ?? 0);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const { peakTreeRss, names } = sampler.stop();
			const maxRss = timed ? readMaxRss(report) : null;
			rmSync(report, { force: true });
			if (code !== 0) {
				reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
				return;
			}
			resolve({ seconds, maxRss, peakTreeRss: Math.max(peakTreeRss, maxRss ?? 0), names, output });
		});
	});
}

/** `Maximum resident set size (kbytes): 123` of a GNU time report, in bytes. */
function readMaxRss(report: string): number | null {
	if (!existsSync(report)) return null;
	const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'));
	return match ? Number(match[1]) * 1024 : null;
}
