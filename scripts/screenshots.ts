/**
 * `npm run screenshots -- [--site DIR] [--out DIR] [--only TEXT]`: a full-page PNG of one page of
 * every template (scripts/browser/templates.ts), ja and en, at 360 and 1280 px, for a person to
 * look at. Builds nothing: reads the built site (default `dist/`; run `npm run build` first) and
 * writes `.tmp/screenshots/<template>-<lang>-<width>.png` (gitignored). `--only` keeps the
 * templates whose label contains the text (`--only "case page"`). Exit 2 on bad usage.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { siteUrl, basePath } from '../src/core/urls.ts';
import { launchChromium } from './browser/chromium.ts';
import { serveStatic } from './browser/serve-static.ts';
import { templatePages } from './browser/templates.ts';
import { shootPages } from './screenshots/shoot.ts';

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: 'dist' },
		out: { type: 'string', default: '.tmp/screenshots' },
		only: { type: 'string' },
	},
});
if (!existsSync(join(values.site, 'index.html'))) {
	console.error(
		`${values.site}/index.html not found: this takes pictures of a built site, run \`npm run build\` first.`,
	);
	process.exit(2);
}
const pages = templatePages()
	.filter(([label]) => values.only === undefined || label.includes(values.only))
	.map(([label, path]): [string, string] => [label, siteUrl(path)]);
if (pages.length === 0) {
	console.error(`No template label contains "${values.only}".`);
	process.exit(2);
}

mkdirSync(values.out, { recursive: true });
// Served where its URLs point: under the base of SITE_URL when the site was built with one.
const server = await serveStatic(values.site, basePath());
const { browser, close } = await launchChromium();
let count = 0;
try {
	await shootPages(browser, server.url, pages, (name, png) => {
		writeFileSync(join(values.out, name), png);
		count++;
	});
} finally {
	await close();
	await server.close();
}
console.log(`${count} screenshots in ${values.out}/`);
