// An address that leads nowhere, on a host that answers it as real hosts do (404.html with status
// 404): the page says so inside the site's header and footer, offers a way home, and works in
// both colour schemes, on a laptop and a phone (screenshots of each in the test's output).
// Offline, the service worker's answer is checked in offline.e2e.ts.
import { expect, test, type Page } from '@playwright/test';
import { expectLandmarks, expectNoAxeViolations } from './axe';
import { startStaticHost, type StaticHost } from './static-host';

let host: StaticHost;
test.beforeAll(async () => {
	host = await startStaticHost();
});
test.afterAll(async () => {
	await host.close();
});

const pageErrors = (page: Page) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
};

for (const scheme of ['light', 'dark'] as const) {
	test(`an unknown address shows "Page not found" with a way home (${scheme})`, async ({
		page
	}, testInfo) => {
		await page.emulateMedia({ colorScheme: scheme });
		const errors = pageErrors(page);
		const response = await page.goto(`${host.url}/quiz/no-such-quiz`);
		expect(response?.status()).toBe(404);

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page).toHaveTitle('Page not found · Albania & Iran');
		await expect(page.getByTestId('error-page')).toContainText('/quiz/no-such-quiz');
		await expectLandmarks(page, `the 404 page (${scheme})`);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await expectNoAxeViolations(page, `the 404 page (${scheme})`);
		await page.screenshot({ path: testInfo.outputPath(`404-1280x800-${scheme}.png`) });
		await page.setViewportSize({ width: 360, height: 740 });
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			),
			'sideways scrolling on a 360-px phone'
		).toBe(0);
		await page.screenshot({ path: testInfo.outputPath(`404-360x740-${scheme}.png`) });
		expect(errors).toEqual([]);

		await page.getByRole('link', { name: 'Go to the home page' }).click();
		await expect(page).toHaveURL(`${host.url}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Take a seat at the table');
	});
}

test('a link inside the app to an address that leads nowhere shows the same page', async ({
	page
}) => {
	const errors = pageErrors(page);
	await page.goto(`${host.url}/glossary`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// A stale link, as a bookmark or an old handout might hold.
	await page.evaluate(() => {
		const a = Object.assign(document.createElement('a'), { href: '/play/a-removed-scenario' });
		a.textContent = 'old link';
		document.querySelector('main')!.append(a);
	});
	await page.getByRole('link', { name: 'old link' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page).toHaveURL(`${host.url}/play/a-removed-scenario`);
	expect(errors).toEqual([]);
});
