// The timeline as a visual, scannable timeline: years down the side (each year once, where it
// starts), events as cards beside them; still one list in date order for a screen reader.
// A phone and a laptop, light and dark.
import { expect, test } from '@playwright/test';
import { realContent } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';

const { timeline } = realContent();
const years = [...new Set(timeline.map((e) => e.date.slice(0, 4)))];

for (const [name, viewport] of [
	['phone', { width: 360, height: 740 }],
	['laptop', { width: 1280, height: 800 }]
] as const)
	test(`${name}: years down the side, events as cards, one list in order`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize(viewport);
		await page.goto('/timeline');
		await settled(page);
		const events = page
			.getByRole('list')
			.filter({ has: page.locator('time') })
			.first();
		await expect(events.getByRole('listitem')).toHaveCount(timeline.length);
		// Each year once, where its events start, beside the first of them.
		const shown = page.locator('.timeline .year').filter({ hasText: /\d/ });
		await expect(shown).toHaveText(years);
		const year = (await shown.first().boundingBox())!;
		const card = (await page.locator('.timeline .card').first().boundingBox())!;
		expect(year.x + year.width).toBeLessThanOrEqual(card.x);
		expect(Math.abs(year.y - card.y)).toBeLessThan(24);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			)
		).toBeLessThanOrEqual(0);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await expectNoAxeViolations(page, `the timeline (${name}, ${scheme})`);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		await page.screenshot({ path: testInfo.outputPath(`timeline-${name}.png`) });
	});
