import type { TextlintFilterRuleReporter } from '@textlint/types';

/** Sentence rules that do not apply to a list item or a caption. */
const SENTENCE_RULES = [
	'ja-technical-writing/ja-no-mixed-period',
	'ja-technical-writing/sentence-length',
	'ja-technical-writing/no-mix-dearu-desumasu',
	'ja-technical-writing/max-ten',
];

/** A JSX element that holds an item or a caption, as textlint-plugin-mdx hands it over. */
const ITEM_OR_CAPTION = /^<(li|summary)\b/;

/**
 * A textlint filter rule: textlint-plugin-mdx turns every JSX element into a Paragraph node, so
 * the checklist items of `<StepNav>` (`<li><label>…</label></li>`) and `<summary>` captions reach
 * the sentence rules as paragraphs without 。 (and a checklist as one long "sentence"). They are
 * list items and captions, which those rules leave alone in Markdown; this filter does the same
 * for their JSX form. Every other rule still checks them.
 */
export const jsxItemsFilter: TextlintFilterRuleReporter = (context) => {
	const { Syntax, getSource, shouldIgnore } = context;
	return {
		[Syntax.Paragraph](node) {
			if (!ITEM_OR_CAPTION.test(getSource(node))) return;
			for (const ruleId of SENTENCE_RULES) shouldIgnore(node.range, { ruleId });
		},
	};
};
