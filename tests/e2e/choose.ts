// Taking a choice on the solo play page: the choice's outcome comes first, then Continue leads to
// the next situation or the ending. Every spec that plays a scenario goes through here.
import { expect, type Locator, type Page } from '@playwright/test';

export const outcomeHeading = (page: Page) => page.locator('#outcome-heading');
export const continueButton = (page: Page) =>
	page.getByRole('button', { name: 'Continue', exact: true });

/** From a choice's outcome on to what comes next. */
export async function carryOn(page: Page) {
	await expect(outcomeHeading(page)).toBeVisible();
	await continueButton(page).click();
	await expect(outcomeHeading(page)).toBeHidden();
}

/**
 * Takes a choice (its label, or its button) and reads past its outcome. For a choice that may be
 * refused (a stale tab, a locked option) click the button itself instead.
 */
export async function choose(page: Page, choice: string | Locator) {
	const button =
		typeof choice === 'string' ? page.locator('.choice', { hasText: choice }).first() : choice;
	await button.click();
	await carryOn(page);
}
