// The site's header: on a phone one row (the title and a menu button that shows the navigation),
// on a laptop the full navigation. Every page of the build, measured at 360 px; the menu by
// keyboard; axe in light and dark with the menu closed and open; screenshots of the main screens.
import { expect, test, type Page } from '@playwright/test';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { PAGES } from './pages';
import { quizzes } from './quiz-keys';
import { choose } from './choose';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const scenario = contentScenarios()[0]!;
/** The quiz with the longest title: three lines at the page's h1 size on a phone. */
const longest = [...quizzes].sort((a, b) => b.title.length - a.title.length)[0]!;

const headerHeight = async (page: Page) =>
	(await page.locator('body > div > header').boundingBox())!.height;
const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('on a 360-px phone', () => {
	test.use(phone);

	test('every page has a one-row header of at most 56 px, and none scrolls sideways', async ({
		page
	}) => {
		test.slow();
		const problems: string[] = [];
		for (const path of PAGES) {
			await page.goto(path);
			await settled(page);
			const height = await headerHeight(page);
			if (height > 56) problems.push(`${path}: the header is ${height} px tall`);
			const overflow = await sideways(page);
			if (overflow > 0) problems.push(`${path}: scrolls ${overflow} px sideways`);
		}
		expect(problems).toEqual([]);
	});

	test('the menu opens and closes by keyboard, and a link taken closes it', async ({ page }) => {
		await page.goto('/');
		await settled(page);
		const menu = page.getByRole('button', { name: 'Menu' });
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(menu).toHaveAttribute('aria-controls', 'site-nav');
		await expect(nav).toBeHidden();
		await expect(
			page.getByRole('link', { name: 'Albania & Iran: a diplomacy game' })
		).toBeVisible();

		// Skip link, title, then the menu button.
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		await expect(menu).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(nav).toBeVisible();
		await expect(nav.getByRole('link')).toHaveCount(8);
		await expect(nav.getByRole('link', { name: 'Scenarios' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		// Focus stays on the button; the next Tab goes into the links, in order.
		await expect(menu).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Scenarios' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Quizzes' })).toBeFocused();
		// Escape closes it and gives focus back to the button.
		await page.keyboard.press('Escape');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(nav).toBeHidden();
		await expect(menu).toBeFocused();
		expect(await headerHeight(page)).toBeLessThanOrEqual(56);

		// Space opens it too, and Enter again closes it.
		await page.keyboard.press('Space');
		await expect(nav).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(nav).toBeHidden();

		// A link taken: the next page opens with the menu closed.
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Quizzes' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/quiz$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(nav).toBeHidden();
	});

	test('no axe violations with the menu closed and open, in light and dark', async ({
		page
	}, testInfo) => {
		await page.goto(`/play/${scenario.id}`);
		await settled(page);
		const menu = page.getByRole('button', { name: 'Menu' });
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await expectNoAxeViolations(page, `the phone header, menu closed (${scheme})`);
			await menu.click();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
			await expectNoAxeViolations(page, `the phone header, menu open (${scheme})`);
			await page.screenshot({ path: testInfo.outputPath(`menu-open-${scheme}-360x740.png`) });
			await menu.click();
		}
	});

	test('a quiz question is not under a three-line title', async ({ page }) => {
		await page.goto(`/quiz/${longest.id}`);
		await settled(page);
		const title = page.getByRole('heading', { level: 1 });
		const lineHeight = (l: typeof title) =>
			l.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
		// Before the start, the title is the page's heading, at full size.
		expect((await title.boundingBox())!.height).toBeGreaterThan(2.5 * (await lineHeight(title)));
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
		const box = (await title.boundingBox())!;
		expect(box.height).toBeLessThanOrEqual(2 * (await lineHeight(title)) + 1);
		await expect(title).toHaveText(longest.title);
		// The question starts in the first third of the screen.
		const question = (await page.locator('main form[data-question]').boundingBox())!;
		expect(question.y).toBeLessThan(740 / 3);
	});
});

test('on a laptop the header shows the title and every link in one row, and no menu button', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await settled(page);
	await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link')).toHaveCount(8);
	for (const link of await nav.getByRole('link').all()) await expect(link).toBeInViewport();
	// The whole title is shown (on a phone, "Albania & Iran").
	expect(
		await page.getByRole('link', { name: 'Albania & Iran: a diplomacy game' }).innerText()
	).toBe('Albania & Iran: a diplomacy game');
	expect(await headerHeight(page)).toBeLessThanOrEqual(56);
});

for (const [width, height] of [
	[360, 740],
	[1280, 800]
] as const)
	test(`screenshots at ${width}x${height}: home, a situation, the ending and a quiz question`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width, height });
		const shot = (name: string) =>
			page.screenshot({ path: testInfo.outputPath(`${name}-${width}x${height}.png`) });
		await page.goto('/');
		await settled(page);
		await shot('home');
		await page.goto(`/play/${scenario.id}`);
		await settled(page);
		await expect(page.locator('#situation-heading')).toBeVisible();
		await shot('situation');
		for (const { choice } of historicalPath(scenario)) await choose(page, choice.label);
		await page.getByRole('heading', { name: 'Debrief' }).scrollIntoViewIfNeeded();
		await shot('ending');
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await page.goto(`/quiz/${longest.id}`);
		await settled(page);
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
		await shot('question');
		expect(await sideways(page)).toBeLessThanOrEqual(0);
	});
