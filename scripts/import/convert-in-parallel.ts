import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Conversion, SourceFile } from './convert-all.ts';

/** Below this many sources to convert, starting workers (about 0.5 s each) costs more than it saves. */
export const PARALLEL_FROM = 200;

/**
 * Converts sources in worker threads, one per core (at most 4), and gives each source's conversion
 * by file, for `convertAll`. Conversion is pure and per source (the cross-file checks stay in
 * `convertAll`), so the result is the same as converting in one thread; a full import of 10,000
 * case files is CPU-bound in micromark and took over two minutes in one.
 * @param sources The sources to convert.
 * @param mapping Guideline clause ids by case id.
 * @param threads How many workers; by default one per core and per {@link PARALLEL_FROM} sources.
 */
export async function convertInParallel(
	sources: SourceFile[],
	mapping: Record<string, string[]>,
	threads = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(sources.length / PARALLEL_FROM))),
): Promise<Map<string, Conversion>> {
	const chunks: SourceFile[][] = Array.from({ length: threads }, () => []);
	// Round robin, so that long and short files spread evenly.
	sources.forEach((source, i) =>
		chunks[i % threads]?.push({ file: source.file, bytes: source.bytes, meta: source.meta }),
	);
	const results = await Promise.all(chunks.map((chunk) => convertInWorker(chunk, mapping)));
	return new Map(results.flat());
}

function convertInWorker(sources: SourceFile[], mapping: Record<string, string[]>): Promise<[string, Conversion][]> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./convert-worker.ts', import.meta.url), { workerData: { sources, mapping } });
		worker.once('message', (results: [string, Conversion][]) => resolve(results));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`An import worker stopped with exit code ${code}`));
		});
	});
}
