/**
 * localStorage that never throws: storage can be disabled or full (private windows, quotas),
 * and the tools must keep working then, only without remembering the answers.
 */

/** Reads a stored value, or null. */
export function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Stores a value; an empty value removes the key, so that cleared fields leave nothing behind. */
export function writeStored(key: string, value: string): void {
	try {
		if (value === '') localStorage.removeItem(key);
		else localStorage.setItem(key, value);
	} catch {
		// Storage unavailable: the page still works, it just forgets on reload.
	}
}

/** Removes stored values. */
export function removeStored(keys: Iterable<string>): void {
	try {
		for (const key of keys) localStorage.removeItem(key);
	} catch {
		// Nothing stored, nothing to remove.
	}
}
