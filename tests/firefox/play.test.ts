// In Firefox: a scenario played to its ending with a reload midway, and its meters drawn in the
// app's colours (not Firefox's default green) in the light and the dark colour scheme.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { startStaticHost, type StaticHost } from '../e2e/static-host';
import { contentScenarios } from '../helpers/scenarios';
import { launchFirefox, pageErrors, settled, shows } from './firefox';

const scenario = contentScenarios()[0]!;
const path = historicalPath(scenario);
let host: StaticHost;
let browser: Browser;

beforeAll(async () => {
	host = await startStaticHost();
	browser = await launchFirefox();
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
});

async function choose(page: Page, label: string) {
	const choice = await shows(page, 'button.choice', new RegExp(escape(label)));
	await choice.click();
	// The choice's outcome comes first; Continue leads on.
	await shows(page, '#outcome-heading', /./);
	await (await shows(page, 'button', 'Continue')).click();
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a scenario plays to its historical ending, and a reload midway loses nothing', async () => {
	const page = await browser.newPage();
	const errors = pageErrors(page);
	await page.goto(`${host.url}/play/${scenario.id}`);
	for (const [i, { situation, choice }] of path.entries()) {
		await shows(page, '#situation-heading', situation.title);
		if (i === 2) {
			await settled(page);
			await page.reload();
			await shows(page, '#situation-heading', situation.title);
		}
		await choose(page, choice.label);
	}
	await shows(page, 'h2', 'Debrief');
	await shows(page, 'h3', historicalEnding(scenario)!.title);
	await shows(page, 'p', 'You made the same choices as the real government.');
	expect(errors).toEqual([]);
	await page.close();
});

/** The colours on screen halfway along a meter's filled part and halfway along the rest. */
async function meterColours(page: Page) {
	const meter = (await page.waitForSelector('[data-testid^="meter-"] meter'))!;
	const { value, min, max } = await meter.evaluate((m) => ({
		value: (m as HTMLMeterElement).value,
		min: (m as HTMLMeterElement).min,
		max: (m as HTMLMeterElement).max
	}));
	const filled = (value - min) / (max - min);
	expect(filled, 'a meter partly filled').toBeGreaterThan(0.1);
	expect(filled).toBeLessThan(0.9);
	const shot = await meter.screenshot({ encoding: 'base64' });
	const expected = await page.evaluate(() => {
		const css = getComputedStyle(document.documentElement);
		return { bar: css.getPropertyValue('--accent'), track: css.getPropertyValue('--meter-track') };
	});
	// The screenshot is decoded in a blank page of the same browser, on a canvas.
	const blank = await page.browser().newPage();
	const seen = await blank.evaluate(
		async (png: string, at: number[]) => {
			const img = new Image();
			img.src = `data:image/png;base64,${png}`;
			await img.decode();
			const canvas = new OffscreenCanvas(img.width, img.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const y = Math.floor(img.height / 2);
			return at.map((x) => {
				const [r, g, b] = ctx.getImageData(Math.floor(x * img.width), y, 1, 1).data;
				return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
			});
		},
		shot,
		[filled / 2, (1 + filled) / 2]
	);
	await blank.close();
	return { seen: { bar: seen[0], track: seen[1] }, expected };
}

for (const dark of [false, true]) {
	test(`the meters draw the app's colours, not Firefox's own (${dark ? 'dark' : 'light'})`, async () => {
		const themed = dark ? await launchFirefox({ dark: true }) : browser;
		try {
			// A context of its own: nothing played yet, so the first situation and its meters.
			const page = await (await themed.createBrowserContext()).newPage();
			await page.goto(`${host.url}/play/${scenario.id}`);
			await shows(page, '#situation-heading', path[0]!.situation.title);
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
				dark
			);
			const { seen, expected } = await meterColours(page);
			expect(seen).toEqual({ bar: expected.bar.trim(), track: expected.track.trim() });
			await page.browserContext().close();
		} finally {
			if (dark) await themed.close();
		}
	});
}
