import type { GlossaryTerm } from '../../core/schemas/glossary.ts';
import type { Lang } from '../../core/locale.ts';

/** The names an entry shows besides its headword, shaped for one language's glossary page. */
export interface EntryNames {
	/** The headword: the term in the page's language. */
	headword: string;
	/** The reading, shown after a Japanese name with kanji in it (a reader may not know it). */
	reading?: string;
	/** Other spellings in the page's language. */
	aliases: string[];
	/** The term in the other language: its name (with its reading, for Japanese kanji) and aliases. */
	other: { lang: Lang; names: string[]; reading?: string };
}

const KANJI = /\p{Script=Han}/u;

/**
 * The names to show for a term. Spellings that only add a plural (LLMs next to LLM) and a name the
 * same in both languages (LLM) are listed once: they are there for linking, not for reading.
 * @param term The term.
 * @param lang The page's language.
 */
export function entryNames(term: GlossaryTerm, lang: Lang): EntryNames {
	const otherLang: Lang = lang === 'ja' ? 'en' : 'ja';
	const headword = term[lang];
	const otherNames = distinct([term[otherLang], ...term.aliases[otherLang]]).filter((name) => name !== headword);
	return {
		headword,
		reading: lang === 'ja' && KANJI.test(headword) ? term.reading : undefined,
		aliases: distinct([headword, ...term.aliases[lang]]).slice(1),
		other: {
			lang: otherLang,
			names: otherNames,
			reading: otherLang === 'ja' && otherNames[0] === term.ja && KANJI.test(term.ja) ? term.reading : undefined,
		},
	};
}

/**
 * Spellings in order, without repeats and without plurals of an earlier spelling.
 * @param spellings Name first, then aliases.
 */
function distinct(spellings: string[]): string[] {
	const kept: string[] = [];
	for (const spelling of spellings) {
		const lower = spelling.toLowerCase();
		const repeats = kept.some((k) => [k, `${k}s`, `${k}es`].map((s) => s.toLowerCase()).includes(lower));
		if (!repeats) kept.push(spelling);
	}
	return kept;
}
