// The Content-Security-Policy (kit.csp in svelte.config.js): every page of the build and the 404
// page carry it, no page breaks it, and it does block what it is there for (an injected script).
// The features it could break (the service worker and the update banner, QR codes, the decision
// map, file downloads, the backup import) are tested under it by their own specs.
import { expect, test, type Page } from '@playwright/test';
import { settled } from './axe';
import { watchCsp } from './csp';
import { PAGES } from './pages';
import { startStaticHost } from './static-host';

const policy = (page: Page) =>
	page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

function expectStrict(content: string | null, where: string) {
	expect(content, `the policy of ${where}`).toMatch(/(^|; )default-src 'self'(;|$)/);
	// Scripts: the app's files and the start-up script by its hash, nothing inline otherwise.
	expect(content, `the policy of ${where}`).toMatch(/(^|; )script-src 'self' 'sha256-[^;]+(;|$)/);
	expect(content, `the policy of ${where}`).not.toContain('unsafe-inline');
	expect(content, `the policy of ${where}`).not.toContain('unsafe-eval');
}

test('every page carries the policy and breaks none of it', async ({ page }) => {
	test.setTimeout(180_000);
	const csp = await watchCsp(page);
	for (const path of PAGES) {
		await page.goto(path);
		await settled(page);
		await expect(page.locator('h1'), path).toBeVisible();
		expectStrict(await policy(page), path);
		expect(await csp.violations(), `violations on ${path}`).toEqual([]);
	}
});

test('the 404 page carries the policy and breaks none of it', async ({ page }) => {
	const host = await startStaticHost();
	try {
		const csp = await watchCsp(page);
		await page.goto(`${host.url}/no-such-page`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		expectStrict(await policy(page), '404.html');
		expect(await csp.violations()).toEqual([]);
	} finally {
		await host.close();
	}
});

test('the policy blocks a script injected into a page, and the watch reports it', async ({
	page
}) => {
	const csp = await watchCsp(page);
	await page.goto('/');
	await settled(page);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.head.append(script);
	});
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
	await expect.poll(() => csp.violations()).toContainEqual(expect.stringMatching(/script-src/));
});
