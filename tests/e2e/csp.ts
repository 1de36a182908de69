// Watching a page for breaches of its Content-Security-Policy: every `securitypolicyviolation`
// event (recorded from before the page's first script) and every console message in which the
// browser reports one.
import type { Page } from '@playwright/test';

export interface CspWatch {
	/** What was blocked so far, one line each: directive, what was blocked, where. */
	violations(): Promise<string[]>;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
	const fromConsole: string[] = [];
	page.on('console', (message) => {
		if (/Content[ -]Security[ -]Policy/i.test(message.text())) fromConsole.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			)
		);
	});
	return {
		async violations() {
			const events = await page
				.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
				.catch(() => []);
			return [...events, ...fromConsole];
		}
	};
}
