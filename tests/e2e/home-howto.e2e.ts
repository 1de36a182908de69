// The home page on a first visit: "How to play" in three lines, open until the student starts a
// game or a quiz, then folded to its heading and one key press away; each scenario card says
// how long it takes (counted at build time from its play-throughs).
import { expect, test, type Page } from '@playwright/test';
import { minutesToPlay } from '../../src/lib/scenario/duration';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { quizzes, tabTo } from './quiz-keys';

const scenarios = contentScenarios();
const howTo = (page: Page) => page.getByTestId('how-to-play');
const steps = (page: Page) => howTo(page).getByRole('listitem');

async function expectAxeClean(page: Page, where: string) {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `${where} (${scheme})`);
	}
}

test('a first visit shows how to play in three steps, and how long each scenario takes', async ({
	page
}) => {
	await page.goto('/');
	await settled(page);
	await expect(howTo(page).getByRole('heading', { name: 'How to play' })).toBeVisible();
	await expect(steps(page)).toHaveCount(3);
	for (const step of await steps(page).all()) await expect(step).toBeVisible();
	await expect(steps(page).nth(0)).toContainText('You take a seat');
	await expect(steps(page).nth(1)).toContainText('meters');
	await expect(steps(page).nth(2)).toContainText('what really happened');
	for (const s of scenarios)
		await expect(page.getByTestId(`minutes-${s.id}`)).toHaveText(
			`About ${minutesToPlay(s)} minutes to play.`
		);
	await expectAxeClean(page, 'the home page on a first visit');
});

test('once a game is started, how to play is folded away and opens again from the keyboard', async ({
	page
}) => {
	const scenario = scenarios[0]!;
	await page.goto(`/play/${scenario.id}`);
	await settled(page);
	await page.locator('.choice', { hasText: historicalPath(scenario)[0]!.choice.label }).click();
	await page.goto('/');
	await settled(page);
	await expect(page.getByTestId(`status-${scenario.id}`)).toContainText('In progress');
	await expect(howTo(page)).not.toHaveAttribute('open');
	await expect(steps(page).first()).toBeHidden();
	await expectAxeClean(page, 'the home page with how to play folded');

	const summary = howTo(page).locator('summary');
	await tabTo(page, summary);
	await page.keyboard.press('Enter');
	await expect(howTo(page)).toHaveAttribute('open');
	for (const step of await steps(page).all()) await expect(step).toBeVisible();
});

test('once a quiz is started, how to play is folded away', async ({ page }) => {
	await page.goto(`/quiz/${quizzes[0]!.id}`);
	await settled(page);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of / })).toBeVisible();
	await page.goto('/');
	await settled(page);
	await expect(howTo(page)).not.toHaveAttribute('open');
	await expect(howTo(page).getByRole('heading', { name: 'How to play' })).toBeVisible();
});

test('the scenarios are grouped by the seat a student takes, each group in the order of events', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/');
	await settled(page);
	const year = (period: string) => Number(/\d{4}/.exec(period)![0]);
	const seats = [...new Set(scenarios.map((s) => s.seat))];
	const groups = page.locator('section.seat');
	await expect(groups).toHaveCount(seats.length);
	for (const group of await groups.all()) {
		const heading = (await group.getByRole('heading', { level: 3 }).textContent())!;
		const seat = seats.find((s) => heading === `Your seat: ${s}`);
		expect(seat, heading).toBeDefined();
		// The group is named by its heading, and holds exactly that seat's scenarios, earliest first.
		await expect(page.getByRole('region', { name: heading })).toHaveCount(1);
		const expected = scenarios
			.filter((s) => s.seat === seat)
			.sort((a, b) => year(a.period) - year(b.period))
			.map((s) => s.title);
		await expect(group.getByRole('heading', { level: 4 })).toHaveText(expected);
	}
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBe(0);
	await expectAxeClean(page, 'home, grouped by seat');
});
