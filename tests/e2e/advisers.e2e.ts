// Issue 14: advisers who disagree, heard on demand. Collapsed by default under the situation (the
// choices stay on the first screens of a 360-px phone), opened by keyboard, each adviser with
// the option they back and their sources, marked as illustrative. Expected words from content/.
import { expect, test } from '@playwright/test';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';

for (const scenario of contentScenarios()) {
	const first = scenario.situations.find((s) => s.id === scenario.start)!;
	const advisers = first.advisers ?? [];

	test(`${scenario.id}: the first situation's advisers are heard on demand, by keyboard, on a phone`, async ({
		page
	}) => {
		expect(advisers.length).toBeGreaterThanOrEqual(3);
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/play/${scenario.id}`);
		await settled(page);
		const summary = page.getByText('Hear your advisers', { exact: true });
		await expect(summary).toBeVisible();
		// Collapsed: no brief on the page yet.
		await expect(page.getByRole('heading', { level: 4, name: advisers[0]!.office })).toHaveCount(0);

		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByText(/^Illustrative: each adviser is an office/)).toBeVisible();
		for (const a of advisers) {
			const item = page.getByRole('listitem').filter({
				has: page.getByRole('heading', { level: 4, name: a.office, exact: true })
			});
			await expect(item).toBeVisible();
			const backed = first.choices.find((c) => c.id === a.backs)!;
			await expect(item.getByText('Backs:')).toContainText(backed.label);
			await expect(item.getByText('Their sources')).toBeVisible();
		}
		// They disagree: at least two options are backed.
		expect(new Set(advisers.map((a) => a.backs)).size).toBeGreaterThanOrEqual(2);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			)
		).toBe(0);
		await expectNoAxeViolations(page, `${scenario.id} advisers (light)`);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page, `${scenario.id} advisers (dark)`);

		// Closed again with the keyboard.
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByText(/^Illustrative: each adviser is an office/)).toBeHidden();
	});
}

test('advisers that cannot be fetched say so, and come when asked again', async ({ page }) => {
	const scenario = contentScenarios()[0]!;
	const first = scenario.situations.find((s) => s.id === scenario.start)!;
	let refuse = true;
	await page.route('**/advisers.json', (route) =>
		refuse ? route.fulfill({ status: 503, body: 'down' }) : route.continue()
	);
	await page.goto(`/play/${scenario.id}`);
	await settled(page);
	const summary = page.getByText('Hear your advisers', { exact: true });
	await summary.click();
	await expect(page.getByRole('alert')).toHaveText(
		'Your advisers could not be loaded. Check your connection and open this again.'
	);
	// The page goes on: the choices are there to make.
	await expect(page.getByRole('button', { name: first.choices[0]!.label })).toBeVisible();

	refuse = false;
	await summary.click();
	await summary.click();
	await expect(
		page.getByRole('heading', { level: 4, name: first.advisers![0]!.office })
	).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
