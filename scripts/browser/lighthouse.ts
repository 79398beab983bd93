import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium.ts';

/** The categories audited: performance depends on the machine, these three do not. */
export const LIGHTHOUSE_CATEGORIES = ['accessibility', 'seo', 'best-practices'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** One page's Lighthouse result: a score per category (0–100) and the audits that lost points. */
export interface LighthouseReport {
	scores: Record<LighthouseCategory, number>;
	/** `category: audit id (title): first items`, one line per failing audit. */
	failures: string[];
}

/**
 * Starts the system Chromium for Lighthouse (chrome-launcher, with the flags launchChromium uses)
 * and returns a function that audits one URL at Lighthouse's default mobile emulation, and one
 * that closes the browser. Pages are audited one after another in the same browser.
 */
export async function startLighthouse(): Promise<{
	audit: (url: string) => Promise<LighthouseReport>;
	close: () => Promise<void>;
}> {
	const chrome = await launch({
		chromePath: CHROME_PATH,
		chromeFlags: [...CHROMIUM_FLAGS],
		logLevel: 'error',
	});
	const audit = async (url: string): Promise<LighthouseReport> => {
		const result = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: [...LIGHTHOUSE_CATEGORIES],
			// No full-page screenshot (a picture for the HTML report). Throttling stays simulated, the
			// default: it slows nothing down (it only computes performance figures, not audited here),
			// whereas 'provided' makes Lighthouse wait 5.25 s for quiet after every load.
			disableFullPageScreenshot: true,
			// A static page on a local server is done loading quickly: wait 250 ms of quiet, not 1 s.
			pauseAfterFcpMs: 250,
			pauseAfterLoadMs: 250,
			networkQuietThresholdMs: 250,
			cpuQuietThresholdMs: 250,
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
		const scores = {} as Record<LighthouseCategory, number>;
		const failures: string[] = [];
		for (const id of LIGHTHOUSE_CATEGORIES) {
			const category = lhr.categories[id];
			scores[id] = Math.round((category?.score ?? 0) * 100);
			for (const ref of category?.auditRefs ?? []) {
				const item = lhr.audits[ref.id];
				if (!item || ref.weight === 0 || item.score === null || item.score === 1) continue;
				const details = item.details as { items?: unknown[] } | undefined;
				const examples = (details?.items ?? []).slice(0, 3).map((entry) => JSON.stringify(entry).slice(0, 200));
				failures.push(`${id}: ${ref.id} (${item.title})${examples.length ? `: ${examples.join('; ')}` : ''}`);
			}
		}
		return { scores, failures };
	};
	return { audit, close: async () => chrome.kill() };
}
