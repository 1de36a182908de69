import { expect, test, type Page } from '@playwright/test';
import { DB_NAME } from '../../src/lib/storage/db';
import { answerByKeyboard, press, questionOnScreen, quizzes, tabTo } from './quiz-keys';

const quiz = quizzes.find((q) => q.id === 'mek-in-albania') ?? quizzes[0]!;

async function startQuiz(page: Page, mode: 'Practice' | 'Test') {
	await page.goto(`/quiz/${quiz.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
	const radio = page.getByRole('radio', { name: new RegExp(`^${mode}`) });
	await tabTo(page, page.getByRole('radio').first());
	if (!(await radio.isChecked())) await page.keyboard.press('ArrowDown');
	await expect(radio).toBeChecked();
	await press(page, 'Start');
	await expect(page.getByRole('heading', { name: /^Question 1 of / })).toBeFocused();
}

test('a practice quiz, answered by keyboard alone, gives feedback and its source after each answer', async ({
	page
}) => {
	await startQuiz(page, 'Practice');
	const total = quiz.questions.length;
	for (let i = 0; i < total; i++) {
		await expect(
			page.getByRole('heading', { name: `Question ${i + 1} of ${total}` })
		).toBeVisible();
		const q = await questionOnScreen(page);
		// Every third question answered wrongly, to see the feedback for a mistake.
		const wrong = i % 3 === 1;
		await answerByKeyboard(page, q, wrong);
		await press(page, 'Check answer');

		const verdict = page.locator('#verdict');
		await expect(verdict).toBeFocused();
		await expect(verdict).toHaveText(wrong ? /Not right|Partly right/ : 'Right');
		const feedback = page.locator('section.feedback');
		await expect(feedback).toContainText(q.explanation.slice(0, 40).trim());
		if (wrong) await expect(feedback.getByText('Right answer', { exact: true })).toBeVisible();
		await expect(feedback.getByText('Where this comes from')).toBeVisible();
		const sourceLink = feedback.getByRole('link', { name: 'See this source in the library' });
		await expect(sourceLink).toHaveCount(new Set(q.sources.map((s) => s.source)).size);

		if (i === 0) {
			// The source opens in the library, and coming back resumes the same question.
			await tabTo(page, sourceLink.first());
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/sources#${q.sources[0]!.source}$`));
			await expect(page.locator(`#${q.sources[0]!.source}`)).toBeVisible();
			await page.goBack();
			await expect(page.locator('#verdict')).toHaveText(wrong ? /Not right/ : 'Right');
		}
		await press(page, i === total - 1 ? 'See your results' : 'Next question');
	}
	const results = page.getByRole('heading', { name: 'Your results' });
	await expect(results).toBeFocused();
	const wrongCount = Math.floor((total + 1) / 3);
	await expect(page.locator('.score')).toContainText(`${total - wrongCount} of ${total}`);
});

test('a test-mode quiz gives feedback only at the end, and the attempt can be reviewed as it was shown', async ({
	page
}) => {
	await startQuiz(page, 'Test');
	const total = quiz.questions.length;
	const shown: string[] = [];
	for (let i = 0; i < total; i++) {
		const heading = page.getByRole('heading', { name: `Question ${i + 1} of ${total}` });
		// Focus moves to each new question, except straight after the reload below.
		if (i === 6) await expect(heading).toBeVisible();
		else await expect(heading).toBeFocused();
		await expect(page.getByRole('progressbar')).toHaveAttribute('value', String(i));
		const q = await questionOnScreen(page);
		shown.push(q.id);
		await answerByKeyboard(page, q, i < 4);
		await press(page, 'Save answer');
		if (i < total - 1) await expect(page.locator('section.feedback')).toHaveCount(0);
		// A reload in the middle loses nothing: the quiz resumes at the next question.
		if (i === 5) {
			// Saved once the next question is on screen.
			await expect(page.getByRole('heading', { name: `Question 7 of ${total}` })).toBeFocused();
			await page.reload();
			await expect(page.getByRole('heading', { name: `Question 7 of ${total}` })).toBeVisible();
		}
	}
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
	await expect(page.locator('.score')).toContainText(`${total - 4} of ${total}`);
	const reviewed = page.locator('.review > li');
	await expect(reviewed).toHaveCount(total);
	await expect(reviewed.locator('section.feedback')).toHaveCount(total);
	const prompts = () =>
		page
			.locator('.review > li form[data-question]')
			.evaluateAll((forms) => forms.map((f) => f.getAttribute('data-question')));
	expect(await prompts()).toEqual(shown);

	// Later, from the list of earlier attempts: the same questions in the same order.
	await page.goto(`/quiz/${quiz.id}`);
	await press(page, 'Review answers');
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
	expect(await prompts()).toEqual(shown);
	const order = async () =>
		page.locator('.review > li').first().locator('label, .item').allInnerTexts();
	const before = await order();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	expect(await order()).toEqual(before);
});

test('what a student got wrong comes back for review the next day, and not before', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-03-02T10:00:00') });
	await startQuiz(page, 'Practice');
	const total = quiz.questions.length;
	const wrongIds: string[] = [];
	for (let i = 0; i < total; i++) {
		const q = await questionOnScreen(page);
		const wrong = i < 3;
		if (wrong) wrongIds.push(q.id);
		await answerByKeyboard(page, q, wrong);
		await press(page, 'Check answer');
		await expect(page.locator('#verdict')).toBeFocused();
		await press(page, i === total - 1 ? 'See your results' : 'Next question');
	}
	await page.goto('/');
	await expect(page.getByTestId('due-count')).toHaveText('No questions are due for review today.');

	// A schedule kept for a question since removed from the content (an id retired in an edit of
	// the question banks) is neither counted nor reviewed.
	await page.evaluate(
		([name, from, removed]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open(name);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('cards', 'readwrite');
					const cards = tx.objectStore('cards');
					const read = cards.get(from);
					read.onsuccess = () => cards.put({ ...read.result, questionId: removed });
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[DB_NAME, wrongIds[0]!, 'a-question-since-removed'] as const
	);

	// The next morning: only the three wrong answers are due.
	await page.clock.setSystemTime(new Date('2026-03-03T08:00:00'));
	await page.goto('/');
	await expect(page.getByTestId('due-count')).toContainText('3 questions to review');
	await page.getByTestId('due-count').getByRole('link').click();
	await expect(page.getByTestId('review-due')).toContainText('3 questions to review today');
	await press(page, 'Start review');
	for (let i = 0; i < 3; i++) {
		await expect(page.getByRole('heading', { name: `Question ${i + 1} of 3` })).toBeVisible();
		const q = await questionOnScreen(page);
		expect(wrongIds).toContain(q.id);
		await answerByKeyboard(page, q);
		await press(page, 'Check answer');
		await expect(page.locator('#verdict')).toHaveText('Right');
		await press(page, i === 2 ? 'See your results' : 'Next question');
	}
	await expect(page.locator('.score')).toContainText('3 of 3');
	await press(page, 'Done');
	await expect(page.getByTestId('review-due')).toHaveText('Nothing to review today.');
	await expect(page.getByText(/Your next review is due on/)).toBeVisible();
});
