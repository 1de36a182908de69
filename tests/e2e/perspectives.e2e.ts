// "How the others saw it" at the ending, on a 360-px phone: for each real decision, what the other
// governments really did at the same moment, with their sources, and, once a student has finished
// two seats' games, their own two choices at a shared moment side by side (stacked on a phone).
// Axe in light and dark; screenshots at 360x740 and 1280x800.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { gameView } from '../../src/lib/scenario/view';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { choose } from './choose';

const scenarios = contentScenarios();
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const albania = byId('answer-the-cyberattack');
const iran = byId('tehrans-answer');
/** The real choices at the break of 7 September 2022, in each seat's scenario. */
const albaniaBreak = albania.situations.find((s) => s.id === 'break-decision')!;
const iranBreak = iran.situations.find((s) => s.id === 'the-break')!;
const real = (s: typeof albaniaBreak) => s.choices.find((c) => c.historical)!.label;

/**
 * Plays a scenario to its ending: at each decision the choice `instead` names for it if any, else
 * the real one where open, else the first open one.
 */
async function playToEnd(page: Page, id: string, instead: Record<string, string> = {}) {
	const scenario = byId(id);
	const actor = createActor(createScenarioMachine(scenario)).start();
	await page.goto(`/play/${id}`);
	while (actor.getSnapshot().status !== 'done') {
		const view = gameView(scenario, actor.getSnapshot());
		const open = view.choices.filter((c) => c.open);
		const wanted = instead[view.situation!.id];
		const pick = open.find((c) => c.id === wanted) ?? open.find((c) => c.historical) ?? open[0]!;
		await choose(page, pick.label);
		actor.send({ type: 'CHOOSE', choice: pick.id });
	}
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await settled(page);
	return page.getByRole('region', { name: 'How the others saw it' });
}

const box = async (l: Locator) => (await l.boundingBox())!;

async function axeBothSchemes(page: Page, where: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `${where} (${scheme})`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
// Two games played to the end and axe six times, on a slow shared machine.
test.setTimeout(240_000);

test("the debrief shows the other seats' real decisions, then both of a student's games", async ({
	page
}, testInfo) => {
	// Albania's seat, leaving history at the break: the others' real decisions there still show.
	const otherChoice = albaniaBreak.choices.find((c) => !c.historical && !c.requires.length)!;
	const others = await playToEnd(page, albania.id, { [albaniaBreak.id]: otherChoice.id });
	const atBreak = others.getByTestId(`moment-${albaniaBreak.id}`);
	await expect(atBreak).toContainText(`You chose: ${otherChoice.label}.`);
	await expect(atBreak).toContainText(`Historical choice: ${real(albaniaBreak)}.`);
	const iranThere = atBreak.getByTestId(`other-${iran.id}-${iranBreak.id}`);
	await expect(iranThere.getByRole('heading', { name: iran.seat })).toBeVisible();
	await expect(iranThere).toContainText(`Historical choice: ${real(iranBreak)}.`);
	await expect(atBreak.getByRole('heading', { name: byId('an-allys-word').seat })).toBeVisible();
	// Its sources, as everywhere: opened, they list the documents its history cites.
	await iranThere.getByText(/^Their sources/).click();
	await expect(iranThere.locator('.sources li').first()).toBeVisible();
	// A decision no other seat faced says so.
	const alone = albania.situations.find((s) => s.id === 'protecting-power')!;
	await expect(others.getByTestId(`moment-${alone.id}`)).toContainText(
		'No other government in this game faces this moment'
	);
	await expect(others.locator('.two-games')).toHaveCount(0);
	await others.getByRole('heading', { name: 'How the others saw it' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('others-top-360x740.png') });
	await iranThere.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('others-360x740.png') });
	await axeBothSchemes(page, 'how the others saw it at 360 px');

	// Iran's seat, finished too: at the break, the student's two games side by side.
	const second = await playToEnd(page, iran.id);
	const two = second.getByTestId(`beside-${albania.id}-${albaniaBreak.id}`);
	await expect(two).toContainText(`You chose: ${real(iranBreak)}.`);
	await expect(two).toContainText(`You chose: ${otherChoice.label}.`);
	const [here, there] = [two.locator(':scope > div').first(), two.locator(':scope > div').last()];
	await expect(here).toContainText(iran.seat);
	await expect(there).toContainText(albania.seat);
	// Stacked on a phone, with nothing wider than the screen.
	expect((await box(there)).y).toBeGreaterThanOrEqual(
		(await box(here)).y + (await box(here)).height
	);
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
	await two.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('two-games-360x740.png') });
	await axeBothSchemes(page, 'two games side by side at 360 px');

	// On a laptop: side by side.
	await page.setViewportSize({ width: 1280, height: 800 });
	expect(Math.abs((await box(there)).y - (await box(here)).y)).toBeLessThan(2);
	await second.getByRole('heading', { name: 'How the others saw it' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('others-top-1280x800.png') });
	await two.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('two-games-1280x800.png') });
	await axeBothSchemes(page, 'two games side by side at 1280 px');
});
