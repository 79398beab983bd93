import { INDUSTRIES, type Industry } from './industries.ts';
import type { Random } from './random.ts';
import { NAME_HEADS, NAME_TAILS, PLACES } from './words.ts';

/** Who a case is about: the frontmatter facts and the overview lines. */
export interface Organisation {
	industry: Industry;
	nameJa: string;
	nameEn: string;
	employees: number;
	foundedYear: number;
	adoptionYear: number;
	prefecture: string;
	city: string;
	/** Whether the file mixes English into its Japanese (labels, phase names, prose). */
	english: boolean;
}

/**
 * Picks an organisation: an industry, a name built from a stem and the industry's legal form,
 * a size drawn on a log scale (most organisations are small, a few have thousands of staff),
 * and years that keep the AI adoption after the founding.
 */
export function organisation(random: Random): Organisation {
	const industry = random.pick(INDUSTRIES);
	const [headJa, headEn] = random.pick(NAME_HEADS);
	const [tailJa, tailEn] = random.pick(NAME_TAILS);
	const [prefecture, city] = random.pick(PLACES);
	const stemJa = `${headJa}${tailJa}`;
	const stemEn = `${headEn}${tailEn}`;
	const [formJa, formEn] = random.pick(industry.forms);
	const [suffixJa, suffixEn] = random.pick(industry.suffixes);
	const [low, high] = industry.employees;
	const employees = Math.round(Math.exp(Math.log(low) + random.next() * (Math.log(high) - Math.log(low))));
	const adoptionYear = random.int(2021, 2024);
	return {
		industry,
		nameJa: `${formJa}${stemJa}${suffixJa}`,
		nameEn: [stemEn, suffixEn, formEn].filter(Boolean).join(' '),
		employees,
		foundedYear: random.int(1900, adoptionYear - 2),
		adoptionYear,
		prefecture,
		city,
		english: random.chance(0.08),
	};
}
