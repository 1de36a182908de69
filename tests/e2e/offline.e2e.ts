// The installed app: after one visit everything works with the network gone (the host down and
// the browser offline), Chromium finds nothing stopping installation, a new version waits for
// the student's go-ahead and keeps their progress, and downloads only the files that changed.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { revisions } from '../../scripts/precache-revisions';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations } from './axe';
import { builtPages, startStaticHost, type StaticHost } from './static-host';
import { choose } from './choose';

const scenario = contentScenarios()[0]!;
const firstStep = historicalPath(scenario)[0]!;
const secondSituation = historicalPath(scenario)[1]!.situation;

let host: StaticHost;
let profile: string;
const open = (): Promise<BrowserContext> =>
	chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, baseURL: host.url });

test.beforeEach(async () => {
	host = await startStaticHost();
	profile = mkdtempSync(join(tmpdir(), 'diplomacy-profile-'));
});
test.afterEach(async () => {
	await host.close();
	rmSync(profile, { recursive: true, force: true });
});

/** Waits until the service worker has installed everything and controls the page. */
async function waitForOffline(page: Page) {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 30_000
	});
}

const pageErrors = (page: Page) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
};

test('after one visit, every page works from a cold start with no network at all', async () => {
	test.setTimeout(120_000);
	const pages = builtPages();
	expect(pages).toContain('/play/' + scenario.id);
	expect(pages).toContain('/settings');

	let context = await open();
	let page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await waitForOffline(page);
	await context.close();

	// The network is gone: the host refuses every connection and the browser is offline.
	host.down = true;
	context = await open();
	await context.setOffline(true);
	page = context.pages()[0] ?? (await context.newPage());
	const errors = pageErrors(page);

	for (const path of pages) {
		await page.goto(path);
		await expect(page.locator('h1'), path).toBeVisible();
		await expect(page.locator('[role="alert"]'), path).toHaveCount(0);
	}

	// An address that leads nowhere: the cached 404 page, whose way home works offline too.
	await page.goto('/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Go to the home page' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Take a seat at the table');

	// Pages work, not just show: a scenario choice, a quiz answer, client-side navigation.
	await page.goto('/play/' + scenario.id);
	await choose(page, page.getByRole('button', { name: firstStep.choice.label }));
	await expect(page.locator('#situation-heading')).toHaveText(secondSituation.title);
	await page.reload();
	await expect(page.locator('#situation-heading')).toHaveText(secondSituation.title);
	// The advisers' words are a file of their own, fetched when asked for: from the cache too.
	await page.getByText('Hear your advisers', { exact: true }).click();
	await expect(
		page.getByRole('heading', { level: 4, name: secondSituation.advisers![0]!.office })
	).toBeVisible();

	await page.getByRole('link', { name: 'Quizzes', exact: true }).click();
	await expect(page).toHaveURL(/\/quiz$/);
	await page.getByRole('link', { name: /The MEK and its move to Albania/ }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();

	// A class play: its screen loads once the play starts, from the cache too, and a decision
	// taken offline survives a reload.
	await page.goto('/lead/' + scenario.id);
	await page.getByRole('button', { name: 'Start the class play' }).click();
	await page.getByRole('button', { name: `Take this option: ${firstStep.choice.label}` }).click();
	await expect(page.locator('#situation-heading')).toHaveText(secondSituation.title);
	await page.reload();
	await expect(page.locator('#situation-heading')).toHaveText(secondSituation.title);

	// The mixed quiz fetches its questions when it opens: from the cache too.
	await page.goto('/quiz/mixed');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: /Question 1 of 20/ })).toBeVisible();

	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByTestId('offline-state')).toContainText('Ready');

	expect(errors).toEqual([]);
	// Nothing the app has came from the network: the only attempts were the browser's own checks
	// for a new service worker script, and what the cache cannot answer: the unknown address, its
	// data, and SvelteKit's check for a new version after it.
	expect(
		host.refused.filter(
			(url) => !/^\/(service-worker\.js|_app\/version\.json|no-such-page)/.test(url)
		)
	).toEqual([]);
	await context.close();
});

test('Chromium reports no installability errors and reads a manifest with a maskable icon', async () => {
	const context = await open();
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await waitForOffline(page);
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
	const manifest = await cdp.send('Page.getAppManifest');
	expect(manifest.errors).toEqual([]);
	const parsed = JSON.parse(manifest.data ?? '{}') as {
		icons: { purpose?: string; sizes: string }[];
		display: string;
	};
	expect(parsed.display).toBe('standalone');
	expect(parsed.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
	await context.close();
});

test('a new version waits for the student, then updates without losing their game', async () => {
	const context = await open();
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/play/' + scenario.id);
	await waitForOffline(page);
	const banner = page.getByText('A new version of the app is ready');
	// The first install is not an update.
	await expect(banner).toBeHidden();
	await choose(page, page.getByRole('button', { name: firstStep.choice.label }));
	await expect(page.locator('#situation-heading')).toHaveText(secondSituation.title);

	host.swSuffix = '\n// a new deploy\n';
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
	await expect(banner).toBeVisible({ timeout: 20_000 });
	await expectNoAxeViolations(page, 'play page with the update banner');
	// Until the student agrees, the old version keeps the page.
	expect(
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))
	).toBe(true);

	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: 'Update now' }).click()
	]);
	await expect(page.locator('#situation-heading')).toHaveText(secondSituation.title);
	await expect(banner).toBeHidden();
	expect(
		await page.evaluate(() =>
			navigator.serviceWorker.getRegistration().then((r) => ({
				waiting: !!r?.waiting,
				active: r?.active?.state
			}))
		)
	).toEqual({ waiting: false, active: 'activated' });
	await context.close();
});

test('a new deploy downloads only the files that changed, and the old copies are dropped', async () => {
	test.setTimeout(120_000);
	// The next deploy: the same site with one page changed, and the worker that lists its new hash.
	const changed = '/play/' + scenario.id;
	const next = mkdtempSync(join(tmpdir(), 'diplomacy-deploy-'));
	cpSync('build', next, { recursive: true });
	const file = join(next, `${changed}.html`);
	writeFileSync(file, readFileSync(file, 'utf8') + '<!-- a new deploy -->');
	const worker = join(next, 'service-worker.js');
	const [oldHash, newHash] = [revisions('build')[changed], revisions(next)[changed]];
	const script = readFileSync(worker, 'utf8');
	expect(script).toContain(`"${changed}":"${oldHash}"`);
	writeFileSync(worker, script.replace(`"${changed}":"${oldHash}"`, `"${changed}":"${newHash}"`));

	const context = await open();
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await waitForOffline(page);
	await page.waitForLoadState('networkidle');
	host.deploy(next);
	host.served.length = 0;
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
	await expect(page.getByText('A new version of the app is ready')).toBeVisible({
		timeout: 20_000
	});
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: 'Update now' }).click()
	]);
	const cached = await page.evaluate(async (path) => {
		const cache = await caches.open('precache');
		const entries = (await cache.keys()).filter((r) => new URL(r.url).pathname === path);
		const body = await (await fetch(path)).text();
		return { entries: entries.length, deployed: body.includes('<!-- a new deploy -->') };
	}, changed);
	// The changed page, from the cache: one copy, the new one.
	expect(cached).toEqual({ entries: 1, deployed: true });
	// Nothing else came from the network: the new worker script and the one changed page.
	expect([...new Set(host.served)].sort()).toEqual([changed, '/service-worker.js'].sort());
	await context.close();
	rmSync(next, { recursive: true, force: true });
});
