// Two tabs of one browser on one saved game or one quiz attempt. The tab that writes first wins;
// the other is told, in words, that the game moved on, writes nothing, and loads the saved state.
import { expect, test, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { gameView } from '../../src/lib/scenario/view';
import { historicalPath } from '../../src/lib/scenario/history';
import { DB_NAME } from '../../src/lib/storage/db';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations } from './axe';
import { answerByKeyboard, questionOnScreen } from './quiz-keys';
import { choose as takeChoice } from './choose';

const scenario = contentScenarios().find((s) => s.id === 'host-the-mek')!;
const steps = historicalPath(scenario);

/** An open option at step `i` of the historical path other than the historical one. */
function otherOption(i: number) {
	const actor = createActor(createScenarioMachine(scenario)).start();
	for (const step of steps.slice(0, i)) actor.send({ type: 'CHOOSE', choice: step.choice.id });
	const view = gameView(scenario, actor.getSnapshot());
	return view.choices.find((c) => c.open && c.id !== steps[i]!.choice.id)!;
}

const heading = (page: Page) => page.locator('#situation-heading');
/** A choice this tab may be refused: a stale tab is told so and shows no outcome. */
const press = (page: Page, label: string) =>
	page.getByRole('button', { name: label, exact: false }).first().click();
const choose = (page: Page, label: string) =>
	takeChoice(page, page.getByRole('button', { name: label, exact: false }).first());

/** Every record of a table, read straight from IndexedDB. */
const readTable = (page: Page, table: string) =>
	page.evaluate(
		([name, table]) =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const open = indexedDB.open(name!);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(table!).objectStore(table!).getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		[DB_NAME, table]
	);

test('a tab on an outdated view of a game is told it moved on and loads the saved game', async ({
	context
}) => {
	const a = await context.newPage();
	await a.goto(`/play/${scenario.id}`);
	await choose(a, steps[0]!.choice.label);
	await expect(heading(a)).toHaveText(steps[1]!.situation.title);

	const b = await context.newPage();
	await b.goto(`/play/${scenario.id}`);
	await expect(heading(b)).toHaveText(steps[1]!.situation.title);

	await a.bringToFront();
	await choose(a, steps[1]!.choice.label);
	await expect(heading(a)).toHaveText(steps[2]!.situation.title);
	await choose(a, steps[2]!.choice.label);
	await expect(heading(a)).toHaveText(steps[3]!.situation.title);

	// B still shows the second decision and takes another option there.
	await b.bringToFront();
	await press(b, otherOption(1).label);
	const notice = b.getByRole('alert').filter({ hasText: 'This game moved on in another tab.' });
	await expect(notice).toBeVisible();
	await expectNoAxeViolations(b, 'play page told the game moved on');

	const runs = await readTable(b, 'runs');
	expect(
		runs.map((r) => [r.status, (r.path as { choice: string }[]).map((s) => s.choice)])
	).toEqual([['active', steps.slice(0, 3).map((s) => s.choice.id)]]);

	await notice.getByRole('button', { name: 'Load the saved game' }).click();
	await expect(heading(b)).toHaveText(steps[3]!.situation.title);
	await expect(heading(b)).toBeFocused();
	await expect(b.locator('.path li')).toHaveCount(3);
	await expect(notice).toBeHidden();
});

test('two tabs opened before any game exists end with one game', async ({ context }) => {
	const a = await context.newPage();
	await a.goto(`/play/${scenario.id}`);
	const b = await context.newPage();
	await b.goto(`/play/${scenario.id}`);
	await expect(heading(b)).toHaveText(steps[0]!.situation.title);

	await a.bringToFront();
	await choose(a, steps[0]!.choice.label);
	await expect(heading(a)).toHaveText(steps[1]!.situation.title);

	await b.bringToFront();
	await press(b, otherOption(0).label);
	const notice = b.getByRole('alert').filter({ hasText: 'This game moved on in another tab.' });
	await expect(notice).toBeVisible();
	const runs = await readTable(b, 'runs');
	expect(runs.filter((r) => r.status === 'active')).toHaveLength(1);
	expect(runs).toHaveLength(1);

	await notice.getByRole('button', { name: 'Load the saved game' }).click();
	await expect(heading(b)).toHaveText(steps[1]!.situation.title);
	await b.reload();
	await expect(heading(b)).toHaveText(steps[1]!.situation.title);
});

test('a quiz open in two tabs keeps the answer given first and tells the other tab', async ({
	context
}) => {
	const quizId = 'mek-in-albania';
	const a = await context.newPage();
	await a.goto(`/quiz/${quizId}`);
	await a.getByRole('button', { name: 'Start' }).click();
	await expect(a.getByRole('heading', { name: /^Question 1 of / })).toBeVisible();

	const b = await context.newPage();
	await b.goto(`/quiz/${quizId}`);
	await expect(b.getByRole('heading', { name: /^Question 1 of / })).toBeVisible();

	const question = await questionOnScreen(a);
	expect((await questionOnScreen(b)).id).toBe(question.id);

	await a.bringToFront();
	await answerByKeyboard(a, question);
	await a.getByRole('button', { name: 'Check answer' }).click();
	await expect(a.locator('#verdict')).toHaveText('Right');

	// B still shows the first question unanswered, and answers it wrongly.
	await b.bringToFront();
	await answerByKeyboard(b, question, true);
	await b.getByRole('button', { name: 'Check answer' }).click();
	const notice = b.getByRole('alert').filter({ hasText: 'This quiz moved on in another tab.' });
	await expect(notice).toBeVisible();

	const answers = await readTable(b, 'answers');
	expect(answers.map((x) => [x.questionId, x.correct])).toEqual([[question.id, true]]);

	await notice.getByRole('button', { name: 'Load the saved quiz' }).click();
	await expect(b.locator('#verdict')).toHaveText('Right');
	await expect(notice).toBeHidden();
});
