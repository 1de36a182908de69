import { expect, test } from '@playwright/test';
import { contentScenarios } from '../helpers/scenarios';
import { answerByKeyboard, questionOnScreen, quizzes } from './quiz-keys';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of ['/', ...contentScenarios().map((s) => `/play/${s.id}`)]) {
	test(`${path} fits a 360-px phone without sideways scrolling`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		if (path !== '/') await expect(page.locator('#situation-heading')).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		// Every choice is a comfortable touch target.
		for (const box of await page
			.locator('.choice')
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
			expect(box).toBeGreaterThanOrEqual(44);
	});
}

const overflow = (page: import('@playwright/test').Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const path of ['/quiz', '/review', '/sources', '/timeline', '/glossary']) {
	test(`${path} fits a 360-px phone without sideways scrolling`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
	});
}

for (const quiz of quizzes) {
	test(`every question of "${quiz.title}" fits a phone, with touch targets of 44 px`, async ({
		page
	}) => {
		await page.goto(`/quiz/${quiz.id}`);
		await page.getByRole('radio', { name: /^Test/ }).check();
		await page.getByRole('button', { name: 'Start' }).click();
		for (let i = 0; i < quiz.questions.length; i++) {
			await expect(page.getByRole('heading', { name: `Question ${i + 1} of ` })).toBeVisible();
			expect(await overflow(page)).toBeLessThanOrEqual(0);
			const form = page.locator('main form[data-question]');
			const targets = await form
				.locator(
					'label:has(input[type=radio]), label:has(input[type=checkbox]), select, input[type=text], button'
				)
				.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
			for (const height of targets) expect(height).toBeGreaterThanOrEqual(44);
			await answerByKeyboard(page, await questionOnScreen(page));
			await page.getByRole('button', { name: 'Save answer' }).click();
		}
		await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
	});
}
