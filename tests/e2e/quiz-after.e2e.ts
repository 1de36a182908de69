// After a quiz: the list shows each quiz's last score and its date; the results end with "Try
// again" (a new attempt) and "Practise what I missed now" (a round of the missed questions that
// leaves the saved score and the review schedule as they were). By keyboard, light and dark.
import { expect, test, type Page } from '@playwright/test';
import { DB_NAME } from '../../src/lib/storage/db';
import { expectNoAxeViolations, settled } from './axe';
import { answerByKeyboard, press, questionOnScreen, quizzes } from './quiz-keys';

// The shortest quiz, so that whole attempts stay quick.
const quiz = [...quizzes].sort((a, b) => a.questions.length - b.questions.length)[0]!;
const total = quiz.questions.length;
const WRONG = 3;

/** Takes the quiz in test mode by keyboard, the first `wrong` questions answered wrongly. */
async function takeTest(page: Page, wrong: number) {
	await page.goto(`/quiz/${quiz.id}`);
	await settled(page);
	await page.getByRole('radio', { name: /^Test/ }).check();
	await press(page, 'Start');
	const missed: string[] = [];
	for (let i = 0; i < total; i++) {
		await expect(
			page.getByRole('heading', { name: `Question ${i + 1} of ${total}` })
		).toBeFocused();
		const q = await questionOnScreen(page);
		if (i < wrong) missed.push(q.id);
		await answerByKeyboard(page, q, i < wrong);
		await press(page, 'Save answer');
	}
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
	return missed;
}

/** The stored attempts, answers and review schedules, as IndexedDB holds them. */
function stored(page: Page) {
	return page.evaluate(
		(name) =>
			new Promise<Record<string, unknown[]>>((done, fail) => {
				const open = indexedDB.open(name);
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['attempts', 'answers', 'cards']);
					const out: Record<string, unknown[]> = {};
					for (const table of ['attempts', 'answers', 'cards']) {
						const req = tx.objectStore(table).getAll();
						req.onsuccess = () => (out[table] = req.result);
					}
					tx.oncomplete = () => {
						db.close();
						done(out);
					};
				};
			}),
		DB_NAME
	);
}

const lastScore = (page: Page, id = quiz.id) => page.getByTestId(`last-score-${id}`);

test('the quiz list shows the last score and its date, and nothing for a quiz never taken', async ({
	page
}) => {
	await page.goto('/quiz');
	await settled(page);
	await expect(lastScore(page)).toHaveText('');
	const box = await lastScore(page).boundingBox();

	await takeTest(page, WRONG);
	await page.goto('/quiz');
	const today = await page.evaluate(() =>
		new Date().toLocaleDateString(undefined, { dateStyle: 'medium' })
	);
	await expect(lastScore(page)).toHaveText(
		`Last score: ${total - WRONG} of ${total} fully right, on ${today}.`
	);
	// The line was there, empty, before: the score takes its place without moving anything.
	expect((await lastScore(page).boundingBox())?.y).toBe(box?.y);
	for (const other of quizzes.filter((q) => q.id !== quiz.id))
		await expect(lastScore(page, other.id)).toHaveText('');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `the quiz list with a score (${scheme})`);
	}
});

test('"Try again" starts a fresh attempt in the same mode; with nothing missed there is nothing to practise', async ({
	page
}) => {
	await takeTest(page, WRONG);
	await press(page, 'Try again');
	await expect(page.getByRole('heading', { name: `Question 1 of ${total}` })).toBeFocused();
	await expect(page.getByRole('progressbar')).toHaveAttribute('value', '0');
	await expect(page.getByText('Test: feedback at the end')).toBeVisible();
	const { attempts } = await stored(page);
	expect(attempts!.map((a) => (a as { status: string }).status).sort()).toEqual([
		'active',
		'finished'
	]);

	// The new attempt, all right: its results say there is nothing to practise.
	for (let i = 0; i < total; i++) {
		await expect(
			page.getByRole('heading', { name: `Question ${i + 1} of ${total}` })
		).toBeFocused();
		await answerByKeyboard(page, await questionOnScreen(page));
		await press(page, 'Save answer');
	}
	await expect(page.locator('.score')).toContainText(`${total} of ${total}`);
	await expect(page.getByTestId('nothing-missed')).toHaveText(
		'You got every question fully right, so there is nothing to practise.'
	);
	await expect(page.getByRole('button', { name: 'Practise what I missed now' })).toHaveCount(0);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `results with nothing missed (${scheme})`);
	}
	await page.goto('/quiz');
	await expect(lastScore(page)).toContainText(`Last score: ${total} of ${total} fully right`);
});

test('"Practise what I missed now" asks only the missed questions and leaves the score and the review queue as they were', async ({
	page
}) => {
	const missed = await takeTest(page, WRONG);
	const before = await stored(page);
	await expect(page.locator('.score')).toContainText(`${total - WRONG} of ${total}`);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `results with actions (${scheme})`);
	}

	await press(page, 'Practise what I missed now');
	await expect(page.getByRole('heading', { name: 'Practising what you missed' })).toBeVisible();
	const asked: string[] = [];
	for (let i = 0; i < WRONG; i++) {
		await expect(
			page.getByRole('heading', { name: `Question ${i + 1} of ${WRONG}` })
		).toBeFocused();
		const q = await questionOnScreen(page);
		asked.push(q.id);
		await answerByKeyboard(page, q);
		await press(page, 'Check answer');
		await expect(page.locator('#verdict')).toHaveText('Right');
		if (i === 0)
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await expectNoAxeViolations(page, `a practice round's feedback (${scheme})`);
			}
		await press(page, i === WRONG - 1 ? 'See your results' : 'Next question');
	}
	expect(asked.sort()).toEqual([...missed].sort());
	await expect(page.getByTestId('practice-done')).toBeFocused();
	await expect(page.getByTestId('practice-done')).toHaveText(
		`Practice done: ${WRONG} of ${WRONG} right this time.`
	);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `a practice round done (${scheme})`);
	}

	// Nothing stored changed: the attempt, its answers, and every question's review schedule.
	expect(await stored(page)).toEqual(before);
	await press(page, 'Back to your results');
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
	await expect(page.locator('.score')).toContainText(`${total - WRONG} of ${total}`);
	await page.goto('/quiz');
	await expect(lastScore(page)).toContainText(`Last score: ${total - WRONG} of ${total}`);
});
