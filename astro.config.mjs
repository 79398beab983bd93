// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';
import { remarkCaseSections } from './src/features/cases/remark-case-sections.ts';
import { remarkClauseAnchors } from './src/features/guideline/remark-clause-anchors.ts';
import { remarkGlossaryLinks } from './src/features/glossary/remark-glossary-links.ts';
import { remarkSlideAnchors } from './src/features/policy/remark-slide-anchors.ts';
import { remarkSiteLinks } from './src/features/site/remark-site-links.ts';
import { EDIT_BASE_URL } from './src/core/repository.ts';
import { basePathOf } from './src/core/urls.ts';
import { searchIndex } from './src/postbuild/search-index.ts';
import { finishHtml } from './src/postbuild/finish-html.ts';

/**
 * Public URL of the deployed site; set SITE_URL when deploying elsewhere. Its path is the site's
 * `base` (`https://owner.github.io/industrial-ai-guide/` → `/industrial-ai-guide/`, none → `/`): the
 * one place the base is set, since plain-Node code reads it from SITE_URL too (src/core/urls.ts).
 */
const site = process.env.SITE_URL ?? 'https://industrial-ai-guide.example.org';

export default defineConfig({
	site,
	base: basePathOf(site),
	trailingSlash: 'always',
	// Builds in tests go to a temp folder; OUT_DIR keeps `dist/` of the working tree untouched.
	outDir: process.env.OUT_DIR ?? './dist',
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks every MDX module with the directive "use astro:head-inject", which the
				// bundler warns it may not preserve: 47 warnings a build that drown real ones. Astro
				// reads the directive itself before bundling; only this warning is dropped
				// (withastro/astro#18087, open; remove when it is fixed).
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		// remark-gfm is passed explicitly (the built-in copy is off) so its version is ours to pin.
		// SmartyPants is off: source text renders as written, straight quotes and `--` included.
		// remarkSiteLinks puts the base on the links authors wrote; it runs before the plugins that
		// add links of their own (already made under the base by src/core/urls.ts).
		processor: unified({
			remarkPlugins: [
				remarkGfm,
				remarkSiteLinks,
				remarkSlideAnchors,
				remarkCaseSections,
				remarkClauseAnchors,
				remarkGlossaryLinks,
			],
			gfm: false,
			smartypants: false,
		}),
	},
	integrations: [
		starlight({
			title: { ja: '産業AI導入ガイド', en: 'Industrial AI Adoption Guide' },
			description: '産業分野のAI導入ガイドラインと、その根拠となる事例・政策資料',
			defaultLocale: 'root',
			locales: {
				root: { label: '日本語', lang: 'ja' },
				en: { label: 'English', lang: 'en' },
			},
			customCss: ['./src/styles/site.css'],
			// Edit links open the file in the repository (REPO_URL, REPO_BRANCH); pages built from
			// sources/ link to their source document instead (src/features/site/route-data/page-meta.ts).
			editLink: { baseUrl: EDIT_BASE_URL },
			// Git dates for authored pages; in a shallow clone page-meta.ts drops them (see last-updated.ts).
			lastUpdated: true,
			components: {
				LastUpdated: './src/features/site/components/LastUpdated.astro',
				// Starlight's footer plus the report link, governance pages and the guideline's version.
				Footer: './src/features/site/components/SiteFooter.astro',
				// Our own search (src/core/search/): Starlight's Pagefind step is off, the index is built by
				// the searchIndex() integration below.
				Search: './src/features/search/components/HeaderSearch.astro',
			},
			pagefind: false,
			// Our own bilingual 404 page (src/pages/404.astro).
			disable404Route: true,
			routeMiddleware: [
				'./src/features/site/route-data/fallback-pages.ts',
				'./src/features/site/route-data/page-meta.ts',
				'./src/features/site/route-data/hero-links.ts',
			],
			// Only the authored paths are listed page by page. Collections (cases, policy) are reached
			// from their index pages: Starlight renders the whole sidebar into every page, so listing
			// thousands of entries here would grow every page with the collection.
			sidebar: [
				{ label: 'ホーム', translations: { en: 'Home' }, link: '/' },
				{
					label: 'ガイドライン',
					translations: { en: 'Guideline' },
					items: [{ autogenerate: { directory: 'guideline' } }],
				},
				{ label: '中小企業向け', translations: { en: 'For SMEs' }, items: [{ autogenerate: { directory: 'sme' } }] },
				{
					label: '根拠資料',
					translations: { en: 'Evidence' },
					items: [
						{ label: '導入事例', translations: { en: 'Case studies' }, link: '/cases/' },
						{ label: '政策資料', translations: { en: 'Policy documents' }, link: '/policy/' },
						{ label: '用語集', translations: { en: 'Glossary' }, link: '/glossary/' },
						{ label: 'オープンデータ', translations: { en: 'Open data' }, link: '/data/' },
					],
				},
				{
					label: 'サイトについて',
					translations: { en: 'About this site' },
					items: [
						{ label: 'このサイトについて', translations: { en: 'About' }, link: '/about/' },
						{ label: '免責事項', translations: { en: 'Disclaimer' }, link: '/about/disclaimer/' },
						{ label: 'プライバシー', translations: { en: 'Privacy' }, link: '/about/privacy/' },
						{ label: 'ライセンス', translations: { en: 'Licences' }, link: '/about/licences/' },
						{ label: '貢献ガイド', translations: { en: 'Contributing' }, link: '/contributing/' },
					],
				},
			],
		}),
		mdx(),
		searchIndex(),
		// Link check, external rel and CSP on the final HTML; it hashes inline scripts, so it stays last.
		finishHtml(),
	],
});
