import { expect, test } from '@playwright/test';
import { contentScenarios } from '../helpers/scenarios';

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
