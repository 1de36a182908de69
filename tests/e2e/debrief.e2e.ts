// The ending's debrief on a 360-px phone and a laptop: a verdict in one sentence, the student's
// path beside history (one after the other on a phone with a legend for the decisions that
// differ; side by side from 720 px) and where to go next (play again, the quizzes on the same
// events, the other scenarios). Axe in light and dark; screenshots of both sizes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { pathBesideHistory, verdict } from '../../src/lib/scenario/debrief';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { gameView } from '../../src/lib/scenario/view';
import { contentScenarios, realContent } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { choose } from './choose';

const scenario = contentScenarios().find((s) => s.id === 'host-the-mek')!;

/**
 * A play-through that leaves history at the first decision (its first open non-historical
 * choice), then takes history's choice where open: the labels to click, and what the debrief
 * should say of it.
 */
function offHistory() {
	const actor = createActor(createScenarioMachine(scenario)).start();
	const labels: string[] = [];
	while (actor.getSnapshot().status !== 'done') {
		const { choices } = gameView(scenario, actor.getSnapshot());
		const open = choices.filter((c) => c.open);
		const pick =
			labels.length === 0
				? open.find((c) => !c.historical)!
				: (open.find((c) => c.historical) ?? open[0]!);
		labels.push(pick.label);
		actor.send({ type: 'CHOOSE', choice: pick.id });
	}
	const snapshot = actor.getSnapshot();
	const view = gameView(scenario, snapshot);
	return {
		labels,
		verdict: verdict(view.ending!, view.meters),
		rows: pathBesideHistory(scenario, snapshot.context.path, view.ending!.id)
	};
}

const box = async (l: Locator) => (await l.boundingBox())!;
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('the ending gives a verdict, the path beside history and where to go next', async ({
	page
}, testInfo) => {
	const play = offHistory();
	await page.goto(`/play/${scenario.id}`);
	for (const label of play.labels) await choose(page, label);
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await settled(page);

	await expect(page.getByTestId('verdict')).toHaveText(play.verdict);
	await page.screenshot({ path: testInfo.outputPath('debrief-top-360x740.png') });

	// On a phone: the student's step, then history's, one after the other; a legend explains
	// the mark on each decision that differs, in words.
	await expect(page.getByText(/≠ marks a decision where you chose differently/)).toBeVisible();
	const rows = page.locator('.beside > li');
	await expect(rows).toHaveCount(play.rows.length);
	await expect(page.locator('.beside .mark')).toHaveCount(
		play.rows.filter((r) => r.differs).length
	);
	await expect(rows.first().locator('.mark')).toHaveText('≠ Not what really happened');
	const first = { mine: rows.first().locator('.mine'), real: rows.first().locator('.real') };
	const [mine, real] = [await box(first.mine), await box(first.real)];
	expect(real.y).toBeGreaterThanOrEqual(mine.y + mine.height);
	await expect(first.mine).toContainText(`You chose: ${play.labels[0]}`);
	expect(await overflow(page)).toBeLessThanOrEqual(0);

	// Where next: the quizzes on the same events, the other scenarios, play again.
	const next = page.getByRole('region', { name: 'Where next' });
	const { quizzes, scenarios } = realContent();
	for (const id of scenario.quizzes!) {
		const quiz = quizzes.find((q) => q.id === id)!;
		await expect(next.getByRole('link', { name: quiz.title })).toHaveAttribute(
			'href',
			`/quiz/${id}`
		);
	}
	for (const other of scenarios.filter((s) => s.id !== scenario.id))
		await expect(next.getByRole('link', { name: other.title })).toHaveAttribute(
			'href',
			`/play/${other.id}`
		);

	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `the debrief at 360 px (${scheme})`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	await page
		.getByRole('heading', { name: 'Your path beside what really happened' })
		.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('debrief-360x740.png') });

	// From 720 px: side by side, each decision on one row.
	await page.setViewportSize({ width: 1280, height: 800 });
	const [wideMine, wideReal] = [await box(first.mine), await box(first.real)];
	expect(Math.abs(wideReal.y - wideMine.y)).toBeLessThan(2);
	expect(wideReal.x).toBeGreaterThan(wideMine.x + wideMine.width);
	await expect(page.locator('.heads')).toBeVisible();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `the debrief at 1280 px (${scheme})`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	await page
		.getByRole('heading', { name: 'Your path beside what really happened' })
		.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('debrief-1280x800.png') });

	await next.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('where-next-1280x800.png') });
	await next.getByRole('button', { name: 'Play again' }).click();
	await expect(page.locator('#situation-heading')).toHaveText(
		scenario.situations.find((s) => s.id === scenario.start)!.title
	);
	await expect(page.locator('#situation-heading')).toBeFocused();
});
