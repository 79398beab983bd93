/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Data of the case whose page is being rendered, for the `<CaseFacts>` elements in its body. */
		caseData?: import('./core/schemas/case.ts').CaseData;
	}
}
