// Issue 13: a choice answers back. Its outcome (the content's text, labelled as the choice is,
// with its sources and each meter's change and why) comes before the next situation; Continue
// moves on; a reload during the outcome opens the next situation, where the saved game is.
// On a phone and a laptop, light and dark. Expected words are read from content/.
import { expect, test, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { aboutDecisions } from '../../src/lib/scenario/graph';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { outcomeView } from '../../src/lib/scenario/outcome';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { choose, continueButton, outcomeHeading } from './choose';

const scenario = contentScenarios()[0]!;
const path = historicalPath(scenario);
// The first decision on the historical path whose choice has an outcome written (the first
// decision when none has yet), with the meters before and after it, from the machine.
const at = Math.max(
	0,
	path.findIndex((p) => p.choice.outcome)
);
const actor = createActor(createScenarioMachine(scenario)).start();
for (const { choice } of path.slice(0, at)) actor.send({ type: 'CHOOSE', choice: choice.id });
const before = { ...actor.getSnapshot().context.meters };
actor.send({ type: 'CHOOSE', choice: path[at]!.choice.id });
const expected = outcomeView(
	scenario,
	{ situation: path[at]!.situation.id, choice: path[at]!.choice.id },
	before,
	actor.getSnapshot().context.meters
)!;
const next = path[at + 1]!.situation;

const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const heading = (page: Page) => page.locator('#situation-heading');

async function reachTheOutcome(page: Page) {
	await page.goto(`/play/${scenario.id}`);
	await settled(page);
	for (const [i, { situation, choice }] of path.slice(0, at + 1).entries()) {
		await expect(heading(page)).toHaveText(situation.title);
		await page.locator('.choice', { hasText: choice.label }).click();
		if (i < at) await continueButton(page).click();
	}
	await expect(outcomeHeading(page)).toBeFocused();
}

for (const [name, viewport] of [
	['phone', { width: 360, height: 740 }],
	['laptop', { width: 1280, height: 800 }]
] as const) {
	test.describe(`${name} ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test('a choice shows its outcome with the meters and their reasons; Continue moves on', async ({
			page
		}, testInfo) => {
			await reachTheOutcome(page);
			const outcome = page.getByTestId('outcome');
			await expect(heading(page)).toHaveCount(0);
			await expect(outcome).toContainText(expected.choice.label);
			await expect(outcome.locator('.badge')).toHaveText(
				expected.kind === 'historical'
					? 'Historical outcome'
					: 'Counterfactual: this did not happen'
			);
			if (expected.choice.outcome) {
				await expect(outcome).toContainText(expected.choice.outcome.text.replace(/\s+/g, ' '));
				if (expected.choice.outcome.sources)
					await expect(outcome.locator('details.sources summary')).toBeVisible();
			}
			expect(expected.changes.length, 'the choice moves a meter').toBeGreaterThan(0);
			for (const c of expected.changes) {
				const delta = c.to - c.from;
				const said = `${c.label} ${delta > 0 ? '+' : ''}${delta}`;
				await expect(outcome.getByTestId(`change-${c.id}`)).toContainText(
					c.why.length ? `${c.why.join('; ')}: ${said}` : said
				);
				// Good or bad for the player, in words, by which end of the meter is good.
				const good = scenario.meters.find((m) => m.id === c.id)!.good;
				await expect(outcome.getByTestId(`change-${c.id}`).locator('.mark')).toHaveText(
					delta > 0 === (good === 'high') ? '▲ Good for you' : '▼ Bad for you'
				);
			}
			await expect(page.locator('main [role="status"]').first()).toContainText('Saved.');
			expect(await sideways(page)).toBeLessThanOrEqual(0);
			await outcome.locator('.changes').scrollIntoViewIfNeeded();
			await page.screenshot({ path: testInfo.outputPath(`outcome-${name}.png`) });

			// Enter on the focused Continue button, as a keyboard user would.
			await continueButton(page).focus();
			await page.keyboard.press('Enter');
			await expect(heading(page)).toHaveText(next.title);
			await expect(heading(page)).toBeFocused();
			await expect(outcomeHeading(page)).toHaveCount(0);
			await expect(page.locator('.path li')).toHaveCount(at + 1);
			const about = aboutDecisions(scenario)!;
			await expect(page.locator('.situation .step')).toHaveText(
				`Decision ${at + 2} of about ${Math.max(about, at + 2)}`
			);
			expect(await sideways(page)).toBeLessThanOrEqual(0);
		});

		test('a reload during the outcome opens the next situation: the choice is saved', async ({
			page
		}) => {
			await reachTheOutcome(page);
			await page.reload();
			await settled(page);
			await expect(heading(page)).toHaveText(next.title);
			await expect(outcomeHeading(page)).toHaveCount(0);
			await expect(page.locator('.path li')).toHaveCount(at + 1);
		});

		for (const scheme of ['light', 'dark'] as const)
			test(`no axe violations on the outcome (${scheme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				await reachTheOutcome(page);
				await expectNoAxeViolations(page, `the outcome (${name}, ${scheme})`);
			});

		test('the meters explain themselves on first play, then one tap away; each says which end is good', async ({
			page
		}) => {
			await page.goto(`/play/${scenario.id}`);
			await settled(page);
			const explain = page.locator('details.explain');
			// Each meter's explanation, a line under its bar.
			for (const m of scenario.meters) {
				const meter = page.getByTestId(`meter-${m.id}`);
				await expect(meter.getByText(m.description.replace(/\s+/g, ' '))).toBeVisible();
				await expect(meter).toContainText(
					m.good === 'low' ? '↓ lower is better' : '↑ higher is better'
				);
			}
			expect(await sideways(page)).toBeLessThanOrEqual(0);
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await expectNoAxeViolations(page, `the meters explained (${name}, ${scheme})`);
			}
			// A bar whose low end is good is drawn in another colour than one whose high end is.
			const low = scenario.meters.find((m) => m.good === 'low');
			const high = scenario.meters.find((m) => m.good === 'high');
			if (low && high) {
				// A few pixels inside the filled part, at the bar's start (both meters start above 0).
				const colour = async (id: string) => {
					const box = (await page.getByTestId(`meter-${id}`).locator('meter').boundingBox())!;
					const clip = { x: box.x + 3, y: box.y + box.height / 2 - 1, width: 2, height: 2 };
					return (await page.screenshot({ clip })).toString('base64');
				};
				expect(await colour(low.id)).not.toBe(await colour(high.id));
			}

			await choose(page, path[0]!.choice.label);
			const first = scenario.meters[0]!;
			const description = page.getByText(first.description.replace(/\s+/g, ' '));
			await expect(description).toBeHidden();
			await explain.locator('summary').click();
			await expect(description).toBeVisible();
		});

		if (name === 'phone')
			for (const s of contentScenarios())
				test(`${s.id}: on first play the story hook starts on the first screen, under the meters explained`, async ({
					page
				}, testInfo) => {
					await page.goto(`/play/${s.id}`);
					await settled(page);
					const first = s.meters[0]!;
					await expect(page.getByTestId(`meter-${first.id}`).locator('.desc')).toBeVisible();
					const hook = (await page.locator('.situation .text').boundingBox())!;
					expect(
						hook.y,
						'the top of the story hook, in px from the top of the screen'
					).toBeLessThan(viewport.height);
					await page.screenshot({ path: testInfo.outputPath(`first-play-${s.id}.png`) });
				});

		test('the ending shows each meter at the start and at the end', async ({ page }) => {
			await page.goto(`/play/${scenario.id}`);
			await settled(page);
			const game = createActor(createScenarioMachine(scenario)).start();
			for (const { choice } of path) {
				await choose(page, choice.label);
				game.send({ type: 'CHOOSE', choice: choice.id });
			}
			await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
			for (const m of scenario.meters) {
				const end = game.getSnapshot().context.meters[m.id];
				await expect(page.getByTestId(`end-${m.id}`)).toContainText(
					`${m.label}: ${m.initial} at the start, ${end} at the end`
				);
			}
			expect(await sideways(page)).toBeLessThanOrEqual(0);
		});
	});
}
