import { describe, expect, it } from 'vitest';
import { isAbsentValue } from '../../../src/core/numbers/absent.ts';

describe('isAbsentValue', () => {
	it.each<[string, boolean]>([
		['-', true],
		['', true],
		['－', true],
		['ー', true],
		['―', true],
		['なし', true],
		['非公開', true],
		['N/A', true],
		['0件', false],
		['不明な値', false],
	])('%s → %s', (raw, expected) => {
		expect(isAbsentValue(raw)).toBe(expected);
	});
});
