// Running axe-core in a test, with a failure message that says what to fix.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until the page has loaded what it reads from the device (no `aria-busy` left). */
export async function settled(page: Page) {
	await page.waitForLoadState('networkidle');
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Runs axe on the page and fails with every violation's rule, impact, targets and help. */
export async function expectNoAxeViolations(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const report = violations
		.map(
			(v) =>
				`- ${v.id} [${v.impact ?? 'unknown'}]: ${v.help} (${v.helpUrl})\n` +
				v.nodes
					.map(
						(n) =>
							`    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`
					)
					.join('\n')
		)
		.join('\n');
	expect(violations.length, `axe violations on ${where}:\n${report}`).toBe(0);
}
