// The projector view of a scenario: large text for a classroom screen, switched by a toggle
// button or by `?view=projector` in the address; for the visit only, and on a laptop only.
import { expect, test, type Page } from '@playwright/test';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { tabTo } from './quiz-keys';
import { continueButton, outcomeHeading } from './choose';

const scenario = contentScenarios()[0]!;
const [first, second] = historicalPath(scenario);

test.use({ viewport: { width: 1280, height: 720 } });

const textSize = (page: Page) =>
	page.locator('.situation .text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
const sidewaysScroll = (page: Page) =>
	page.evaluate(() => {
		const el = document.scrollingElement!;
		return el.scrollWidth - el.clientWidth;
	});

test('the projector view doubles the text, fits the screen, works by keyboard and lasts for the visit', async ({
	page
}, testInfo) => {
	await page.goto(`/play/${scenario.id}`);
	await settled(page);
	const toggle = page.getByRole('button', { name: 'Projector view' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	const normal = await textSize(page);

	await tabTo(page, toggle);
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(toggle).toBeFocused();
	const large = await textSize(page);
	expect(large / normal).toBeGreaterThanOrEqual(1.75);
	expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	// The site's own header and footer make way; the page keeps its main landmark and one h1.
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('main')).toBeVisible();
	await expect(page.locator('h1')).toHaveCount(1);
	await expectNoAxeViolations(page, 'projector view (light)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page, 'projector view (dark)');
	await page.emulateMedia({ colorScheme: 'light' });
	await page.screenshot({ path: testInfo.outputPath('projector-1280x720.png') });
	await page.locator('.choices').scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('projector-1280x720-choices.png') });

	// Still playable by keyboard: the choice is taken, its outcome shown, and after Continue
	// focus moves to the next situation.
	await tabTo(page, page.locator('.choice', { hasText: first!.choice.label }));
	await page.keyboard.press('Enter');
	await expect(outcomeHeading(page)).toBeFocused();
	await tabTo(page, continueButton(page));
	await page.keyboard.press('Enter');
	await expect(page.locator('#situation-heading')).toHaveText(second!.situation.title);
	await expect(page.locator('#situation-heading')).toBeFocused();

	// A reload is the same visit: the address says so.
	await expect(page).toHaveURL(new RegExp(`/play/${scenario.id}\\?view=projector$`));
	await page.reload();
	await settled(page);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await textSize(page)).toBeCloseTo(large, 0);

	await page.setViewportSize({ width: 1920, height: 1080 });
	expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	expect(await textSize(page)).toBeGreaterThanOrEqual(large);
	await page.screenshot({ path: testInfo.outputPath('projector-1920x1080.png') });

	// Leaving the page leaves it behind: the home page, then the scenario again, are normal.
	await page.getByRole('link', { name: 'All scenarios' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.dataset.view)).toBeUndefined();
	await page.getByRole('link', { name: scenario.title, exact: true }).click();
	await settled(page);
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	expect(await textSize(page)).toBeCloseTo(normal, 0);
	// So does a new visit, in a new tab.
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const other = await page.context().newPage();
	await other.goto(`/play/${scenario.id}`);
	await settled(other);
	await expect(other.getByRole('button', { name: 'Projector view' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);

	// Switched off, it stays off.
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	expect(await textSize(page)).toBeCloseTo(normal, 0);
	await page.reload();
	await settled(page);
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('switching the view keeps the rest of the address (the assignment a game counts for)', async ({
	page
}) => {
	await page.goto(`/play/${scenario.id}?assignment=a1`);
	await settled(page);
	const toggle = page.getByRole('button', { name: 'Projector view' });
	await toggle.click();
	await expect(page).toHaveURL(new RegExp(`/play/${scenario.id}\\?assignment=a1&view=projector$`));
	await toggle.click();
	await expect(page).toHaveURL(new RegExp(`/play/${scenario.id}\\?assignment=a1$`));
});

test.describe('on a 360-px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('the projector view is not offered, and one opened from a link can be switched off', async ({
		page
	}) => {
		await page.goto(`/play/${scenario.id}`);
		await settled(page);
		const toggle = page.getByRole('button', { name: 'Projector view' });
		await expect(toggle).toBeHidden();
		const normal = await textSize(page);

		await page.goto(`/play/${scenario.id}?view=projector`);
		await settled(page);
		await expect(toggle).toBeVisible();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await toggle.click();
		await expect(toggle).toBeHidden();
		expect(await textSize(page)).toBeCloseTo(normal, 0);
		expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	});
});

test('?view=projector in the address switches the projector view on, until switched off', async ({
	page
}) => {
	await page.goto(`/play/${scenario.id}`);
	await settled(page);
	const normal = await textSize(page);

	await page.goto(`/play/${scenario.id}?view=projector`);
	await settled(page);
	const toggle = page.getByRole('button', { name: 'Projector view' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect((await textSize(page)) / normal).toBeGreaterThanOrEqual(1.75);

	// Switching off drops the address's request, so a reload keeps it off.
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page).toHaveURL(new RegExp(`/play/${scenario.id}$`));
	await page.reload();
	await settled(page);
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});
