import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { dist, htmlLang, page, select, selectAll } from '../../support/site.ts';

/** The SME path in reading order: the overview, then each step. */
const STEPS = [
	'/sme/',
	'/sme/first-use-case/',
	'/sme/small-trial/',
	'/sme/pilot/',
	'/sme/production/',
	'/sme/measuring-effects/',
	'/sme/getting-help/',
];

const LANGS = [
	{ lang: 'ja', prefix: '' },
	{ lang: 'en', prefix: '/en' },
] as const;

/** The href of Starlight's "previous" or "next" pagination link, if the page has one. */
function paginationHref(tree: Root, rel: 'prev' | 'next'): string | undefined {
	const link = select(`.pagination-links a[rel="${rel}"]`, tree);
	return link ? String(link.properties.href) : undefined;
}

describe.each(LANGS)('the SME path in $lang', ({ lang, prefix }) => {
	const paths = STEPS.map((path) => `${prefix}${path}`);

	it.each(paths)('%s is built with its language', (path) => {
		expect(existsSync(join(dist(), path, 'index.html')), `${path} exists`).toBe(true);
		expect(htmlLang(page(path))).toBe(lang);
	});

	it('leads from step to step through the pagination links, in both directions', () => {
		const next = paths.slice(0, -1).map((path) => paginationHref(page(path), 'next'));
		const prev = paths.slice(1).map((path) => paginationHref(page(path), 'prev'));
		expect(next).toEqual(paths.slice(1));
		expect(prev).toEqual(paths.slice(0, -1));
	});

	it.each(paths.slice(1))('%s ends with a checklist whose "go on" link matches the pagination', (path) => {
		const tree = page(path);
		const nav = select('[data-step-nav]', tree);
		expect(nav, 'step page has a StepNav').toBeTruthy();
		if (!nav) return;
		const boxes = selectAll('li > label > input[type="checkbox"]', nav);
		expect(boxes.length).toBeGreaterThanOrEqual(4);
		expect(selectAll('li', nav)).toHaveLength(boxes.length);
		const onward = select('.step-nav__next a', nav);
		const next = paginationHref(tree, 'next');
		if (onward) expect(onward.properties.href).toBe(next);
		else expect(next?.startsWith(`${prefix}/sme/`) ?? false).toBe(false);
	});

	it.each(paths)('%s cites its evidence', (path) => {
		expect(selectAll('main a[data-cite]', page(path)).length).toBeGreaterThan(0);
	});

	it('shows the steps at a glance with Starlight’s Steps, linking every step in order', () => {
		const steps = select('main ol.sl-steps', page(paths[0]!));
		expect(steps, 'the overview has <Steps>').toBeTruthy();
		if (!steps) return;
		const links = selectAll('li > p:first-child > a', steps).map((a) => String(a.properties.href));
		expect(links).toEqual(paths.slice(1));
	});
});
