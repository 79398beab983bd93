/** A worker thread of `convertInParallel`: converts the sources it is given and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { convertOne, type SourceFile } from './convert-all.ts';
import { loadConverters } from './converters.ts';

const { sources, mapping } = workerData as { sources: SourceFile[]; mapping: Record<string, string[]> };
const converters = await loadConverters();
parentPort?.postMessage(sources.map((source) => [source.file, convertOne(source, mapping, converters)]));
