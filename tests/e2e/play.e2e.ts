import { expect, test, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { gameView } from '../../src/lib/scenario/view';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { choose, outcomeHeading } from './choose';

const scenarios = contentScenarios();

/** Presses Tab until the focused element contains `text`, then Enter: keyboard only. */
async function tabToAndPress(page: Page, text: string) {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
		if (focused.includes(text)) {
			await page.keyboard.press('Enter');
			return;
		}
	}
	throw new Error(`could not reach "${text}" with the Tab key`);
}

const meterValues = (page: Page) =>
	page
		.locator('[data-testid^="meter-"] meter')
		.evaluateAll((els) => els.map((e) => (e as HTMLMeterElement).value));

for (const scenario of scenarios) {
	test(`${scenario.id}: plays to the historical ending by keyboard alone and shows the debrief`, async ({
		page
	}) => {
		await page.goto('/');
		await tabToAndPress(page, scenario.title);
		await expect(page).toHaveURL(new RegExp(`/play/${scenario.id}$`));
		for (const { situation, choice } of historicalPath(scenario)) {
			await expect(page.locator('#situation-heading')).toHaveText(situation.title);
			await expect(page.locator('.situation .date')).toHaveText(situation.date);
			await tabToAndPress(page, choice.label);
			await expect(outcomeHeading(page)).toBeFocused();
			await tabToAndPress(page, 'Continue');
		}
		const ending = historicalEnding(scenario)!;
		await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
		await expect(page.getByRole('heading', { name: ending.title, level: 3 })).toBeVisible();
		await expect(page.getByText('Historical ending')).toBeVisible();
		await expect(page.getByText('You made the same choices as the real government.')).toBeVisible();
		const map = page.getByRole('img', { name: /Decision map/ });
		await expect(map).toBeVisible();
		// Both paths are drawn, and here they coincide.
		const steps = historicalPath(scenario).length;
		await expect(map.locator('path.edge.mine')).toHaveCount(steps);
		await expect(map.locator('path.edge.real')).toHaveCount(steps);
		const drawn = (cls: string) =>
			map.locator(`path.edge.${cls}`).evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
		expect(await drawn('mine')).toEqual(await drawn('real'));

		await expect(page.locator('#map-text')).toContainText(
			`The historical path: ${historicalPath(scenario)[0]!.situation.title}`
		);
		expect(await page.locator('.discussion li').count()).toBeGreaterThanOrEqual(3);

		// The home page knows the scenario is finished, with which ending.
		await page.goto('/');
		await expect(page.getByTestId(`status-${scenario.id}`)).toHaveText(
			`Finished: “${ending.title}”`
		);
	});
}

test('reloading in the middle of a game shows the same situation, meters and path', async ({
	page
}) => {
	const scenario = scenarios[0]!;
	const [first, second, third] = historicalPath(scenario);
	await page.goto(`/play/${scenario.id}`);
	await choose(page, first!.choice.label);
	await expect(page.locator('#situation-heading')).toHaveText(second!.situation.title);
	await choose(page, second!.choice.label);
	await expect(page.locator('#situation-heading')).toHaveText(third!.situation.title);
	const meters = await meterValues(page);
	const path = await page.locator('.path li').allTextContents();

	await page.reload();
	await expect(page.locator('#situation-heading')).toHaveText(third!.situation.title);
	expect(await meterValues(page)).toEqual(meters);
	expect(await page.locator('.path li').allTextContents()).toEqual(path);

	await page.goto('/');
	await expect(page.getByTestId(`status-${scenario.id}`)).toHaveText(
		`In progress: at “${third!.situation.title}”`
	);
});

test('starting again asks for confirmation first', async ({ page }) => {
	const scenario = scenarios[0]!;
	const [first, second] = historicalPath(scenario);
	await page.goto(`/play/${scenario.id}`);
	await choose(page, first!.choice.label);
	await expect(page.locator('#situation-heading')).toHaveText(second!.situation.title);

	await page.getByRole('button', { name: 'Start again…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Start this scenario again?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Keep playing' }).click();
	await expect(page.locator('#situation-heading')).toHaveText(second!.situation.title);

	await page.getByRole('button', { name: 'Start again…' }).click();
	await dialog.getByRole('button', { name: 'Start again' }).click();
	await expect(page.locator('#situation-heading')).toHaveText(first!.situation.title);
	await page.reload();
	await expect(page.locator('#situation-heading')).toHaveText(first!.situation.title);
});

test('a locked choice says why and cannot be taken', async ({ page }) => {
	// Walk the historical path on the machine to find a situation where some choice is closed.
	const target = scenarios.flatMap((scenario) => {
		const actor = createActor(createScenarioMachine(scenario)).start();
		for (const [i, { choice }] of historicalPath(scenario).entries()) {
			const closed = gameView(scenario, actor.getSnapshot()).choices.find((c) => !c.open);
			if (closed) return [{ scenario, steps: i, closed }];
			actor.send({ type: 'CHOOSE', choice: choice.id });
		}
		return [];
	})[0];
	expect(target, 'a closed choice on some historical path').toBeDefined();
	const { scenario, steps, closed } = target!;
	const path = historicalPath(scenario);
	await page.goto(`/play/${scenario.id}`);
	for (const { choice } of path.slice(0, steps)) await choose(page, choice.label);
	const title = path[steps]!.situation.title;
	await expect(page.locator('#situation-heading')).toHaveText(title);
	const button = page.locator('.choice', { hasText: closed.label });
	await expect(button).toHaveAttribute('aria-disabled', 'true');
	await expect(button).toContainText(`Locked: ${closed.lockedBecause}`);
	// Playwright will not click an aria-disabled button, so press Enter on it as a keyboard user could.
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#situation-heading')).toHaveText(title);
	await expect(page.locator('.path li')).toHaveCount(steps);
});
