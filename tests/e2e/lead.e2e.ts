// A teacher plays a scenario with a class on a projector (/lead/<id>): a show of hands and a
// direct choice, a detour into a counterfactual and an undo, a reload in the middle, the
// historical path to the ending and its summary; then accessibility, a phone, and screenshots.
import { expect, test, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import type { Scenario } from '../../src/lib/content/types';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { gameView } from '../../src/lib/scenario/view';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectHeadingOutline, expectNoAxeViolations, expectVisibleFocus, settled } from './axe';
import { tabTo } from './quiz-keys';

const scenarios = contentScenarios();

/**
 * Walks the historical path on the machine and returns the first decision where `find` picks an
 * option (given the options as the class sees them there), with its position on the path.
 */
function firstOnPath(scenario: Scenario, find: (v: ReturnType<typeof gameView>) => unknown) {
	const actor = createActor(createScenarioMachine(scenario)).start();
	for (const [index, { choice }] of historicalPath(scenario).entries()) {
		const found = find(gameView(scenario, actor.getSnapshot()));
		if (found) return { index, found };
		actor.send({ type: 'CHOOSE', choice: choice.id });
	}
	return undefined;
}

/** An open option on the historical path that leads into a counterfactual situation. */
const detourOf = (scenario: Scenario) =>
	firstOnPath(scenario, (v) =>
		v.choices.find(
			(c) =>
				c.open &&
				!c.historical &&
				scenario.situations.find((s) => s.id === c.next)?.kind === 'counterfactual'
		)
	) as { index: number; found: Scenario['situations'][number]['choices'][number] } | undefined;

const heading = (page: Page) => page.locator('#situation-heading');
const status = (page: Page) => page.locator('main [role="status"]').first();
const meterValues = (page: Page) =>
	page
		.locator('[data-testid^="meter-"] meter')
		.evaluateAll((els) => els.map((e) => (e as HTMLMeterElement).value));
const take = (page: Page, label: string) =>
	page.getByRole('button', { name: `Take this option: ${label}`, exact: true }).click();
const hands = (page: Page, label: string) =>
	page.getByRole('spinbutton', { name: `Hands for ${label}`, exact: true });

async function startPlay(page: Page, scenario: Scenario, className = '') {
	await page.goto(`/lead/${scenario.id}`);
	await settled(page);
	await page.getByLabel('Class name').fill(className);
	await page.getByRole('button', { name: /Start (the|a new) class play/ }).click();
	await expect(heading(page)).toHaveText(historicalPath(scenario)[0]!.situation.title);
}

for (const scenario of scenarios) {
	test(`${scenario.id}: a class counts hands, takes a detour and undoes it, reloads, and ends with a summary beside history`, async ({
		page
	}) => {
		const path = historicalPath(scenario);
		const detour = detourOf(scenario);
		expect(detour, 'an open option into a counterfactual on the historical path').toBeDefined();

		await startPlay(page, scenario, '10-B');
		await expect(heading(page)).toBeFocused();
		await expect(page.getByText('Class 10-B · Decision 1')).toBeVisible();
		// The address names the play, so that a reload comes back to it.
		await expect(page).toHaveURL(new RegExp(`/lead/${scenario.id}\\?class=`));
		// Each decision comes with its questions to discuss.
		for (const q of path[0]!.situation.discuss)
			await expect(page.locator('.discuss')).toContainText(q.replace(/\s+/g, ' '));

		// Directly, along the historical path, up to the detour.
		for (const { choice } of path.slice(0, detour!.index)) await take(page, choice.label);
		const at = path[detour!.index]!;
		const n = detour!.index + 1;
		await expect(heading(page)).toHaveText(at.situation.title);
		const before = await meterValues(page);

		// A teacher's misclick: the detour into a counterfactual, labelled as one, then undone.
		await take(page, detour!.found.label);
		const cf = scenario.situations.find((s) => s.id === detour!.found.next)!;
		await expect(heading(page)).toHaveText(cf.title);
		await expect(heading(page)).toBeFocused();
		await expect(page.locator('.situation .badge')).toHaveText(
			'Counterfactual: this did not happen'
		);
		await page.getByRole('button', { name: 'Undo last decision' }).click();
		await expect(heading(page)).toHaveText(at.situation.title);
		await expect(heading(page)).toBeFocused();
		await expect(status(page)).toContainText(
			`Undone: the class's decision “${detour!.found.label}”`
		);
		expect(await meterValues(page)).toEqual(before);
		await page.reload();
		await settled(page);
		await expect(heading(page)).toHaveText(at.situation.title);
		expect(await meterValues(page)).toEqual(before);

		// This decision by a show of hands: 17 typed for the historical option, 3 by the + button.
		const other = at.situation.choices.find(
			(c) => !c.historical && c.requires.length === 0 && c.id !== detour!.found.id
		)!;
		await hands(page, at.choice.label).fill('17');
		for (let i = 0; i < 3; i++)
			await page.getByRole('button', { name: `One hand more for ${other.label}` }).click();
		await expect(hands(page, other.label)).toHaveValue('3');
		await expect(status(page)).toContainText(`${other.label}: 3 hands.`);
		const leading = page.getByTestId(`option-${at.choice.id}`);
		await expect(leading).toHaveClass(/leading/);
		await expect(leading).toContainText('Leading');
		await expect(page.getByTestId(`option-${other.id}`)).not.toHaveClass(/leading/);
		await expect(page.getByTestId('standing')).toHaveText(
			`20 hands counted. Leading: “${at.choice.label}”.`
		);
		await page
			.getByRole('button', { name: `Take the class's choice: “${at.choice.label}”` })
			.click();
		const next = path[n]!;
		await expect(heading(page)).toHaveText(next.situation.title);
		await expect(heading(page)).toBeFocused();
		await expect(status(page)).toContainText(`Saved: the class chose “${at.choice.label}”.`);
		// The new decision starts with no hands counted.
		await expect(page.getByTestId('standing')).toHaveText('No hands counted yet.');
		const middle = await meterValues(page);
		expect(middle).not.toEqual(before);

		// A reload in the middle comes back to the same situation, with the same meters.
		await page.reload();
		await settled(page);
		await expect(heading(page)).toHaveText(next.situation.title);
		expect(await meterValues(page)).toEqual(middle);
		await expect(page.getByText(`Class 10-B · Decision ${n + 1}`)).toBeVisible();

		// And, from the start screen, the play in progress is offered to resume.
		await page.getByRole('button', { name: 'Back to the start' }).click();
		await expect(page).toHaveURL(new RegExp(`/lead/${scenario.id}$`));
		await expect(page.getByTestId('active-play')).toContainText('Class 10-B, started');
		await expect(page.getByTestId('active-play')).toContainText(
			`${n} decision${n === 1 ? '' : 's'} taken, the last at “${at.situation.title}”`
		);
		await page.getByRole('button', { name: 'Resume where the class was' }).click();
		await expect(heading(page)).toHaveText(next.situation.title);
		expect(await meterValues(page)).toEqual(middle);

		// The rest of the historical path, to the ending.
		for (const { choice } of path.slice(n)) await take(page, choice.label);
		const ending = historicalEnding(scenario)!;
		const end = page.getByRole('heading', { name: `The end: ${ending.title}` });
		await expect(end).toBeFocused();
		await expect(status(page)).toContainText(`The scenario has ended: ${ending.title}.`);
		await expect(page.getByText('Historical ending', { exact: true })).toBeVisible();
		await expect(
			page.getByText('The class took the same decisions as the real government.')
		).toBeVisible();

		// Each decision with its count, beside what really happened.
		const counted = page.getByTestId(`decision-${n}`);
		await expect(counted).toContainText(`The class chose: ${at.choice.label}`);
		await expect(counted).toContainText("The class's choice: 17 of 20 hands.");
		await expect(counted.getByRole('row', { name: at.choice.label })).toContainText('17');
		await expect(counted.getByRole('row', { name: other.label })).toContainText('3');
		await expect(counted).toContainText(
			`What really happened: the real government chose “${at.choice.label}”.`
		);
		await expect(counted).toContainText('Same as the class');
		await expect(counted).toContainText(
			at.situation.history!.text.replace(/\s+/g, ' ').slice(0, 60)
		);
		await expect(page.locator('[data-testid^="decision-"]')).toHaveCount(path.length);
		await expect(page.getByTestId(`decision-${n + 1}`)).toContainText(
			'Chosen by the teacher, without a count.'
		);
		await expectHeadingOutline(page, 'the summary');

		// A reload at the ending shows the summary again; the start screen lists the finished play.
		await page.reload();
		await expect(page.getByRole('heading', { name: `The end: ${ending.title}` })).toBeVisible();
		await page.getByRole('button', { name: 'Back to the start' }).first().click();
		await expect(page.getByTestId('active-play')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Finished class plays' })).toBeVisible();
		await page.getByRole('button', { name: /^See the summary: Class 10-B/ }).click();
		await expect(page.getByTestId(`decision-${n}`)).toContainText('17 of 20 hands');
	});
}

test("the home page and the teacher page link to each scenario's class play", async ({ page }) => {
	const scenario = scenarios[0]!;
	await page.goto('/');
	await page
		.getByRole('link', { name: `Play with your class on a projector: ${scenario.title}` })
		.click();
	await expect(page).toHaveURL(new RegExp(`/lead/${scenario.id}$`));
	await expect(page.locator('h1')).toHaveText(`Play with a class: ${scenario.title}`);
	await page.goto('/teach');
	await page.getByRole('link', { name: scenario.title, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/lead/${scenario.id}$`));
});

test('counts by keyboard are announced, a tie is left to the teacher, and starting again keeps the old play', async ({
	page
}) => {
	const scenario = scenarios[0]!;
	const [first, second] = historicalPath(scenario);
	const open = first!.situation.choices.filter((c) => c.requires.length === 0);
	const [a, b] = [open[0]!, open[1]!];
	await startPlay(page, scenario);
	await expect(page.getByText('Class play · Decision 1')).toBeVisible();

	// The + button by keyboard, then a count typed and confirmed with Enter.
	await tabTo(page, page.getByRole('button', { name: `One hand more for ${a.label}` }));
	await page.keyboard.press('Enter');
	await page.keyboard.press('Space');
	await expect(hands(page, a.label)).toHaveValue('2');
	await expect(status(page)).toHaveText(
		`${a.label}: 2 hands. 2 hands counted. Leading: “${a.label}”.`
	);
	await tabTo(page, hands(page, b.label));
	await page.keyboard.type('2');
	await page.keyboard.press('Enter');
	await expect(status(page)).toContainText(`${b.label}: 2 hands.`);

	// A tie: no class's choice to take; the teacher picks one of the tied options.
	await expect(page.getByTestId('standing')).toContainText(
		`4 hands counted. A tie between “${a.label}” and “${b.label}”`
	);
	await expect(page.getByTestId(`option-${a.id}`)).toContainText('Tied');
	await expect(page.getByRole('button', { name: "Take the class's choice" })).toBeDisabled();
	await page.getByRole('button', { name: 'Clear the count' }).click();
	await expect(page.getByTestId('standing')).toHaveText('No hands counted yet.');

	await take(page, first!.choice.label);
	await expect(heading(page)).toHaveText(second!.situation.title);

	// Starting again: the play in progress is kept (abandoned), the new one starts at decision 1.
	await page.getByRole('button', { name: 'Back to the start' }).click();
	await expect(page.getByRole('heading', { name: 'In progress' })).toBeVisible();
	await page.getByLabel('Class name').fill('10-C');
	await page.getByRole('button', { name: 'Start a new class play' }).click();
	await expect(heading(page)).toHaveText(first!.situation.title);
	await expect(page.getByText('Class 10-C · Decision 1')).toBeVisible();
	const stored = await page.evaluate(
		() =>
			new Promise<{ className: string; status: string }[]>((resolve) => {
				const request = indexedDB.open('albania-iran-diplomacy');
				request.onsuccess = () => {
					const all = request.result.transaction('classPlays').objectStore('classPlays').getAll();
					all.onsuccess = () => resolve(all.result);
				};
			})
	);
	expect(stored.map((p) => [p.className, p.status]).sort()).toEqual([
		['', 'abandoned'],
		['10-C', 'active']
	]);
});

test('a locked option shows why, and has no count and no button', async ({ page }) => {
	const target = scenarios
		.map((scenario) => ({
			scenario,
			at: firstOnPath(scenario, (v) => v.choices.find((c) => !c.open))
		}))
		.find((t) => t.at);
	expect(target, 'a locked option on some historical path').toBeDefined();
	const { scenario, at } = target!;
	const locked = at!.found as ReturnType<typeof gameView>['choices'][number];
	await startPlay(page, scenario);
	for (const { choice } of historicalPath(scenario).slice(0, at!.index))
		await take(page, choice.label);
	const option = page.getByTestId(`option-${locked.id}`);
	await expect(option).toContainText(`Locked: ${locked.lockedBecause}.`);
	await expect(option.getByRole('button')).toHaveCount(0);
	await expect(option.getByRole('spinbutton')).toHaveCount(0);
});

test('no axe violations in light and dark, on the start screen, a decision and the summary; visible focus', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	const scenario = scenarios.find((s) => detourOf(s))!;
	await page.setViewportSize({ width: 1280, height: 720 });
	const scan = async (where: string) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await expectNoAxeViolations(page, `${where} (${scheme})`);
		}
		await page.emulateMedia({ colorScheme: 'light' });
	};
	await page.goto(`/lead/${scenario.id}`);
	await settled(page);
	await scan('the start screen');
	await page.screenshot({ path: testInfo.outputPath('lead-start-1280x720.png') });

	await page.getByRole('button', { name: 'Start the class play' }).click();
	const path = historicalPath(scenario);
	await hands(page, path[0]!.choice.label).fill('12');
	await scan('a decision with a count');
	await expectVisibleFocus(page, 'a decision');
	await expectHeadingOutline(page, 'a decision');
	await page.screenshot({ path: testInfo.outputPath('lead-decision-1280x720.png') });
	await page.locator('.options').scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('lead-options-1280x720.png') });

	const detour = detourOf(scenario)!;
	await page.getByRole('button', { name: /Take the class's choice/ }).click();
	for (const { choice } of path.slice(1, detour.index)) await take(page, choice.label);
	await take(page, detour.found.label);
	await scan('a counterfactual decision');
	await page.screenshot({ path: testInfo.outputPath('lead-counterfactual-1280x720.png') });
	await page.getByRole('button', { name: 'Undo last decision' }).click();
	for (const { choice } of path.slice(detour.index)) await take(page, choice.label);
	await expect(page.getByRole('heading', { name: /^The end: / })).toBeVisible();
	await expect(page.getByTestId('decision-1')).toBeVisible();
	await scan('the summary');
	await expectVisibleFocus(page, 'the summary');
	await page.screenshot({ path: testInfo.outputPath('lead-summary-1280x720.png') });
	await page.getByTestId('decision-1').scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('lead-summary-tally-1280x720.png') });
});

test.describe('on a 360-px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	const sideways = (page: Page) =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);

	test('the start screen, every decision and the summary fit without sideways scrolling', async ({
		page
	}, testInfo) => {
		const scenario = scenarios[0]!;
		await page.goto(`/lead/${scenario.id}`);
		await settled(page);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await page.screenshot({ path: testInfo.outputPath('lead-start-360x740.png') });
		await page.getByRole('button', { name: 'Start the class play' }).click();
		const path = historicalPath(scenario);
		for (const [i, { situation, choice }] of path.entries()) {
			await expect(heading(page)).toHaveText(situation.title);
			expect(await sideways(page), situation.id).toBeLessThanOrEqual(0);
			// Touch targets: the count buttons, the count and the option buttons.
			for (const h of await page
				.locator('.options button, .options input')
				.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
				expect(h).toBeGreaterThanOrEqual(44);
			if (i === 0) {
				await page.getByRole('button', { name: `One hand more for ${choice.label}` }).tap();
				await page.screenshot({ path: testInfo.outputPath('lead-decision-360x740.png') });
				await page.locator('.result').scrollIntoViewIfNeeded();
				await page.screenshot({ path: testInfo.outputPath('lead-count-360x740.png') });
			}
			await take(page, choice.label);
		}
		await expect(page.getByRole('heading', { name: /^The end: / })).toBeVisible();
		await expect(page.getByTestId('decision-1')).toBeVisible();
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await page.getByTestId('decision-1').scrollIntoViewIfNeeded();
		await page.screenshot({ path: testInfo.outputPath('lead-summary-360x740.png') });
	});
});

test('two tabs on one class play: the tab behind is told it moved on, saves nothing and loads the saved play', async ({
	context
}) => {
	const scenario = scenarios.find((s) => s.id === 'host-the-mek')!;
	const path = historicalPath(scenario);
	const a = await context.newPage();
	await startPlay(a, scenario, '10-B');
	const address = a.url();
	expect(address).toContain('?class=');

	const b = await context.newPage();
	await b.goto(address);
	await expect(heading(b)).toHaveText(path[0]!.situation.title);

	await a.bringToFront();
	await take(a, path[0]!.choice.label);
	await expect(heading(a)).toHaveText(path[1]!.situation.title);

	// The second tab still shows the first decision and takes another option there.
	await b.bringToFront();
	const other = scenario.situations[0]!.choices.find((c) => c.id !== path[0]!.choice.id)!;
	await take(b, other.label);
	const alert = b
		.getByRole('alert')
		.filter({ hasText: 'This class play moved on in another tab.' });
	await expect(alert).toBeVisible();
	await expect(heading(b)).toHaveText(path[0]!.situation.title);

	await alert.getByRole('button', { name: 'Load the saved play' }).click();
	await expect(heading(b)).toHaveText(path[1]!.situation.title);
	await expect(b.getByRole('alert').filter({ hasText: 'moved on' })).toHaveCount(0);
	// Nothing the first tab recorded was lost.
	await a.reload();
	await expect(heading(a)).toHaveText(path[1]!.situation.title);
});
