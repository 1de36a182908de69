// A student does an assignment and hands it in: plays its scenario, answers its questions in the
// teacher's feedback mode, types a name, and gets a code, a QR code and a file, within the
// attempts allowed. The code decodes, on the teacher's side, to exactly what was done.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { contentFingerprint, type Assignment } from '../../src/lib/classroom/assignment';
import { decodeResult, encodeAssignment } from '../../src/lib/classroom/codec';
import { resultProblem, type Result } from '../../src/lib/classroom/result';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { pickQuestions } from '../helpers/classroom';
import { realContent } from '../helpers/scenarios';
import { expectNoAxeViolations } from './axe';
import { answerByKeyboard, questionOnScreen } from './quiz-keys';
import { choose } from './choose';

const content = realContent();
const scenario = content.scenarios[0]!;

function assignmentOf(fields: Partial<Assignment>): Assignment {
	const base = {
		scenarios: [scenario.id],
		questions: pickQuestions(content, 3).map((q) => q.id),
		...fields
	};
	return {
		id: 'Hnd1n-Ab',
		title: 'The MEK arrives',
		className: '11-A Durrës',
		feedback: 'test',
		attempts: 2,
		created: Date.now(),
		...base,
		content: contentFingerprint(base, content)
	} as Assignment;
}

async function openAssignment(page: Page, assignment: Assignment) {
	await page.goto(`/assignment#${await encodeAssignment(assignment)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
	await expect(page.getByTestId('kept')).toHaveText(/Saved on this device/);
}

async function answerQuestions(page: Page, n: number, wrongAt = -1) {
	for (let i = 0; i < n; i++) {
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Question ${i + 1} of`) })
		).toBeVisible();
		await answerByKeyboard(page, await questionOnScreen(page), i === wrongAt);
		await page.getByRole('button', { name: 'Save answer' }).click();
	}
}

/** The code in the hand-in panel, decoded as the teacher's device will. */
async function handedIn(page: Page): Promise<Result> {
	const code = await page.getByLabel('Your result code').inputValue();
	expect(code).toMatch(/^R1\./);
	const decoded = await decodeResult(code);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.result;
}

test('a student plays, answers a test, hands in by code, QR code and file, then uses the last attempt', async ({
	page
}) => {
	const assignment = assignmentOf({});
	await openAssignment(page, assignment);
	const plays = page.getByTestId('plays');
	await expect(plays).toContainText('Not played since you opened this assignment');
	await expect(page.getByRole('button', { name: 'Hand in' })).toBeDisabled();

	// The scenario, played from the assignment, leads back to it from its debrief.
	await plays.getByRole('link', { name: `Play: ${scenario.title}` }).click();
	for (const { choice } of historicalPath(scenario))
		await choose(page, page.getByRole('button').filter({ hasText: choice.label }).first());
	await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to your assignment' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
	const ending = historicalEnding(scenario)!;
	await expect(plays).toContainText(`Finished: “${ending.title}”`);

	// A test: no feedback while answering; a reload in the middle loses nothing.
	await page.getByRole('button', { name: 'Start the questions' }).click();
	await answerQuestions(page, 2, 1);
	await expect(page.locator('#verdict')).toHaveCount(0);
	// The next question appears once the answer is saved.
	await expect(page.getByRole('heading', { name: /^Question 3 of 3/ })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: /^Question 3 of 3/ })).toBeVisible();
	await answerByKeyboard(page, await questionOnScreen(page));
	await page.getByRole('button', { name: 'Save answer' }).click();
	await expect(page.getByTestId('answered')).toHaveText(
		/You answered 3 of 3 questions\. Your score and the right answers appear once you hand in\./
	);

	// A name is needed; everything is done, so no confirmation is asked.
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.getByLabel('Your name')).toBeFocused();
	await expect(page.getByText('Type your name first')).toBeVisible();
	await page.getByLabel('Your name').fill('Ardita Hoxha');
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.getByRole('heading', { name: 'Handed in: attempt 1' })).toBeFocused();

	const first = await handedIn(page);
	expect(first).toMatchObject({ student: 'Ardita Hoxha', attempt: 1, assignmentId: assignment.id });
	expect(first.answers.map((a) => a.questionId)).toEqual(assignment.questions);
	expect(first.scenarios).toEqual([
		{
			scenarioId: scenario.id,
			path: historicalPath(scenario).map((s) => ({
				situation: s.situation.id,
				choice: s.choice.id
			})),
			ending: ending.id
		}
	]);
	expect(resultProblem(first, assignment)).toBeUndefined();
	expect(first.timeSpentMs).toBeGreaterThan(0);

	// The QR code holds the same code; the file too.
	await expect(page.getByRole('img', { name: 'QR code of your result' })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save as a file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('The MEK arrives - Ardita Hoxha - attempt 1.txt');
	expect((await readFile((await file.path())!, 'utf8')).trim()).toBe(
		await page.getByLabel('Your result code').inputValue()
	);
	// Handed in, the test shows its results: one of three was wrong.
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	await expect(page.locator('.score')).toContainText('2 of 3');
	await expectNoAxeViolations(page, 'assignment with a hand-in');

	// After a reload the hand-in is listed, the name remembered, and one attempt is left.
	await page.reload();
	await expect(page.getByTestId('handins').getByRole('listitem')).toHaveCount(1);
	await expect(page.getByLabel('Your name')).toHaveValue('Ardita Hoxha');
	await page.getByRole('button', { name: 'Show the code of attempt 1' }).click();
	expect((await handedIn(page)).id).toBe(first.id);

	// The second and last attempt, handed in unfinished after a warning.
	await page.getByRole('button', { name: 'Start attempt 2 of 2' }).click();
	await answerQuestions(page, 1);
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.locator('#confirm-handin')).toBeFocused();
	await expect(page.locator('#confirm-handin')).toContainText('1 of 3 questions answered');
	await page.getByRole('button', { name: 'Hand in anyway' }).click();
	await expect(page.getByRole('heading', { name: 'Handed in: attempt 2' })).toBeFocused();
	const second = await handedIn(page);
	expect(second.attempt).toBe(2);
	expect(second.id).not.toBe(first.id);
	expect(second.answers).toHaveLength(1);
	// The play-through since the assignment was opened still counts.
	expect(second.scenarios[0]?.ending).toBe(ending.id);

	await page.reload();
	await expect(page.getByTestId('no-attempts-left')).toHaveText(
		'You have handed in all 2 attempts this assignment allows.'
	);
	await expect(page.getByRole('button', { name: /^Start/ })).toHaveCount(0);
	await expect(page.getByTestId('handins').getByRole('listitem')).toHaveCount(2);
	await page.goto('/');
	await expect(page.getByTestId('assignments')).toContainText(assignment.title);
	await expect(page.getByTestId('handed-in')).toHaveText('Handed in 2 times');
});

test('practice mode gives feedback after each answer; questions alone can be handed in on a phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const assignment = assignmentOf({ feedback: 'practice', attempts: 0, scenarios: [] });
	await openAssignment(page, assignment);
	await expect(page.getByTestId('plays')).toHaveCount(0);
	await page.getByRole('button', { name: 'Start the questions' }).click();
	await answerByKeyboard(page, await questionOnScreen(page));
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('#verdict')).toHaveText('Right');
	await page.getByLabel('Your name').fill('=HYPERLINK("x") Besa');
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.locator('#confirm-handin')).toContainText('1 of 3 questions answered');
	await page.getByRole('button', { name: 'Hand in anyway' }).click();
	const result = await handedIn(page);
	expect(result.student).toBe('=HYPERLINK("x") Besa');
	expect(result.answers).toHaveLength(1);
	expect(result.scenarios).toEqual([]);
	// No limit: a new attempt can start at once.
	await expect(page.getByRole('button', { name: 'Start attempt 2' })).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectNoAxeViolations(page, 'assignment hand-in on a phone');
});
