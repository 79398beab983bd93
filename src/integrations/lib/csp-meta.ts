import type { Root } from 'hast';
import { select } from 'hast-util-select';
import type { HtmlEdit } from './html-edits.ts';

/**
 * The edit that puts a `<meta http-equiv="Content-Security-Policy">` into a page's `<head>`,
 * right after `<meta charset>` (which must stay first) and so before any script: a policy in
 * a `<meta>` governs only what comes after it.
 * @param html The page.
 * @param tree The page, parsed.
 * @param policy The policy's value.
 * @returns The edit, or undefined for a document without a `<head>` in its source.
 */
export function cspMetaEdit(html: string, tree: Root, policy: string): HtmlEdit | undefined {
	const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
	const charset = select('head > meta[charset]', tree);
	if (charset?.position?.end.offset !== undefined) return { offset: charset.position.end.offset, length: 0, text: tag };
	const head = select('head', tree);
	const start = head?.position?.start.offset;
	if (start === undefined || html.slice(start, start + 5).toLowerCase() !== '<head') return undefined;
	const first = head?.children[0]?.position?.start.offset;
	return { offset: first ?? start + '<head>'.length, length: 0, text: tag };
}
