declare namespace App {
	interface Locals {
		/**
		 * The page's "last updated" with its precision, set by the page-meta route middleware: a
		 * policy deck dated only by its year shows the year, not 1 January.
		 */
		pageDate?: import('../last-updated.ts').PageDate;
	}
}
