import type { Problem } from '../../src/core/problems/problems.ts';

/** A source document decoded into text, with BOM and CRLF line endings normalised away. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Decodes the bytes of a source document as UTF-8. A byte sequence that is not UTF-8 is an error
 * with its place (rather than a silent U+FFFD), because a lossy import would publish garbage.
 * @param file Path shown in messages.
 * @param bytes The file's bytes.
 */
export function decodeSource(file: string, bytes: Uint8Array): Decoded {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const offset = firstInvalidUtf8(bytes);
		const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
		const lines = prefix.split('\n');
		return {
			ok: false,
			problem: {
				file,
				line: lines.length,
				column: (lines.at(-1)?.length ?? 0) + 1,
				message: `Unexpected byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}: the file is not valid UTF-8; save it as UTF-8`,
				rule: 'source-encoding',
				severity: 'error',
			},
		};
	}
	// TextDecoder already drops a leading BOM (ignoreBOM defaults to false).
	return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/**
 * Offset of the first byte where UTF-8 decoding fails. Only called on the failure path: a
 * streaming decoder fed one byte at a time throws at the first byte that cannot continue.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (((bytes[i] ?? 0) & 0xc0) !== 0x80) start = i;
		try {
			decoder.decode(bytes.subarray(i, i + 1), { stream: true });
		} catch {
			return start;
		}
	}
	return start;
}
