// The maps (issue 13): on the home page the region and Albania close up, each an image with its
// text alternative, beside a list of the places with what happens at each; beside a situation
// that names places, its own map in "What the sources say". Drawn at build time: static SVG
// files, no map code in the page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, settled } from './axe';

async function expectAxeClean(page: Page, where: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `${where} (${scheme})`);
	}
}

async function expectLoaded(image: Locator) {
	await image.scrollIntoViewIfNeeded();
	await expect
		.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBeGreaterThan(0);
}

async function expectNoSidewaysScroll(page: Page) {
	const [scroll, client] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(scroll).toBeLessThanOrEqual(client);
}

test.describe('on a 360-px phone and a laptop', () => {
	for (const width of [360, 1280]) {
		test(`the home page shows the map with its text alternative and its places (${width} px)`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
			await page.goto('/');
			await settled(page);
			const map = page.getByTestId('story-map');
			await expect(map.getByRole('heading', { name: 'Where it happens' })).toBeVisible();
			const region = map.getByRole('img', { name: /region from the Balkans to Iran/ });
			const albania = map.getByRole('img', { name: /Albania close up: Tirana/ });
			await expectLoaded(region);
			await expectLoaded(albania);
			const places = map.getByRole('list', { name: 'The places on the map' });
			await expect(places).toBeHidden();
			await map.getByText('The places on the map, and what happens at each').click();
			const names = {
				albania: 'Albania',
				tirana: 'Tirana',
				durres: 'Durrës',
				manez: 'Manëz',
				iraq: 'Iraq',
				iran: 'Iran',
				tehran: 'Tehran'
			};
			for (const [id, name] of Object.entries(names))
				await expect(places.locator(`[data-place="${id}"] strong`)).toHaveText(name);
			await expect(places.locator('[data-place="manez"]')).toContainText('According to');
			await expect(
				places.locator('[data-place="tirana"]').getByRole('link', { name: /Albania–Iran/ })
			).toHaveAttribute('href', /\/sources#wiki-albania-iran$/);
			await expectNoSidewaysScroll(page);
			// No map code on the page: the outlines are in the image files only.
			const scripts = await page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((r) => r.name)
					.filter((n) => /d3|topojson|world-atlas/.test(n))
			);
			expect(scripts).toEqual([]);
			await expectAxeClean(page, `the home page's map at ${width} px`);
		});
	}
});
