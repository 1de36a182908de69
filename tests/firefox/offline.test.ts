// In Firefox: an unknown address shows the 404 page (from a host that answers 404.html with
// status 404), and after one visit the app starts cold with the host down and the browser
// offline: pages, a scenario choice that survives a reload, and the 404 page from the cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { historicalPath } from '../../src/lib/scenario/history';
import { startStaticHost, type StaticHost } from '../e2e/static-host';
import { contentScenarios } from '../helpers/scenarios';
import { click, launchFirefox, pageErrors, settled, shows } from './firefox';

const scenario = contentScenarios()[0]!;
const [first, second] = historicalPath(scenario);
const HOME = 'Take a seat at the table';

let host: StaticHost;
let profile: string;
let browser: Browser | undefined;
beforeEach(async () => {
	host = await startStaticHost();
	profile = mkdtempSync(join(tmpdir(), 'diplomacy-firefox-'));
});
afterEach(async () => {
	await browser?.close();
	browser = undefined;
	await host.close();
	rmSync(profile, { recursive: true, force: true });
});

/** The 404 page's heading, its address and its way home. */
async function notFoundThenHome(page: Page, path: string) {
	await shows(page, 'h1', 'Page not found');
	await shows(page, '[data-testid="error-page"] code', path);
	await click(page, 'link', 'Go to the home page');
	await shows(page, 'h1', HOME);
}

test('an unknown address shows "Page not found" with a way home', async () => {
	browser = await launchFirefox();
	const page = await browser.newPage();
	const errors = pageErrors(page);
	const response = await page.goto(`${host.url}/quiz/no-such-quiz`);
	expect(response?.status()).toBe(404);
	await shows(page, 'h1', 'Page not found');
	expect(await page.title()).toBe('Page not found · Albania & Iran');
	await notFoundThenHome(page, '/quiz/no-such-quiz');
	expect(errors).toEqual([]);
});

test('after one visit the app starts cold with no network at all', async () => {
	browser = await launchFirefox({ profile });
	let page = await browser.newPage();
	await page.goto(`${host.url}/`);
	await shows(page, 'h1', HOME);
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, {
		timeout: 60_000
	});
	await browser.close();

	// The network is gone: the host refuses every connection and the browser is offline.
	host.down = true;
	browser = await launchFirefox({ profile });
	page = await browser.newPage();
	await page.setOfflineMode(true);
	const errors = pageErrors(page);
	for (const [path, heading] of [
		['/', HOME],
		['/quiz', /./],
		['/settings', 'Settings and about'],
		[`/play/${scenario.id}`, /./]
	] as const) {
		await page.goto(`${host.url}${path}`);
		await shows(page, 'h1', heading);
		await settled(page);
	}
	await shows(page, '#situation-heading', first!.situation.title);
	await (await shows(page, 'button.choice', new RegExp(escape(first!.choice.label)))).click();
	await (await shows(page, 'button', 'Continue')).click();
	await shows(page, '#situation-heading', second!.situation.title);
	await page.reload();
	await shows(page, '#situation-heading', second!.situation.title);
	await settled(page);

	await page.goto(`${host.url}/no-such-page`);
	await notFoundThenHome(page, '/no-such-page');

	// What has no answer offline fails, as it must, and Firefox reports each: the check for a new
	// version and the unknown page's data. Nothing else.
	const unanswered =
		/^Failed to load ‘[^’]*(\/_app\/version\.json|\/__data\.json)[^’]*’\. A ServiceWorker passed a promise to FetchEvent\.respondWith\(\) that rejected/;
	// On a busy machine Firefox may still be loading a page's icon when the test moves to the
	// next page, and reports the cut-short load as an error; the icon itself is precached (had
	// it been fetched, the host's refusals below would name it).
	const iconCutShort =
		/^Failed to load ‘[^’]*\/favicon\.svg’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;
	expect(errors.filter((e) => !unanswered.test(e) && !iconCutShort.test(e))).toEqual([]);
	// Nothing the app has came from the network. (Firefox's offline mode holds back the page's
	// requests, not the service worker's: those with no cached answer reach the host, which is
	// down: the checks for a new version and the unknown page.)
	expect(
		host.refused.filter(
			(url) => !/^\/(service-worker\.js|_app\/version\.json|no-such-page)/.test(url)
		)
	).toEqual([]);
	expect(host.refused).toContain('/no-such-page');
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
