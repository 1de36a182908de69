// In Firefox: a whole practice quiz answered with the keyboard alone (Tab, arrows, Space, Enter),
// its match questions through their selects and its order questions through the move buttons,
// each answer marked right, and the score at the end.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Question } from '../../src/lib/content/types';
import { startStaticHost, type StaticHost } from '../e2e/static-host';
import { realContent } from '../helpers/scenarios';
import { launchFirefox, pageErrors, press, pressButton, shows, tabTo } from './firefox';
import { answerRightByKeyboard, questionOnScreen } from './quiz-keys';

const quizzes = realContent().quizzes;
const has = (type: Question['type']) => (q: (typeof quizzes)[number]) =>
	q.questions.some((x) => x.type === type);
// The shortest quiz with both kinds the keyboard finds hardest.
const quiz = quizzes
	.filter((q) => has('match')(q) && has('order')(q))
	.sort((a, b) => a.questions.length - b.questions.length)[0]!;
const questions = new Map(quiz.questions.map((q) => [q.id, q]));

let host: StaticHost;
let browser: Browser;
beforeAll(async () => {
	host = await startStaticHost();
	browser = await launchFirefox();
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
});

test(`“${quiz.title}”, match and order questions included, answered by keyboard alone`, async () => {
	const page = await browser.newPage();
	const errors = pageErrors(page);
	await page.goto(`${host.url}/quiz/${quiz.id}`);
	await shows(page, 'h1', quiz.title);
	// Practice mode: feedback after each answer.
	await tabTo(page, (await page.$('main input[type="radio"]'))!);
	for (let i = 0; i < 3; i++) {
		const label = await page.evaluate(() =>
			(document.activeElement?.closest('label')?.textContent ?? '').trim()
		);
		if (label.startsWith('Practice')) break;
		await press(page, 'ArrowDown');
	}
	await pressButton(page, 'Start');

	const total = quiz.questions.length;
	const types = new Set<string>();
	for (let i = 0; i < total; i++) {
		await shows(page, 'h2', new RegExp(`^Question ${i + 1} of ${total}`));
		const q = await questionOnScreen(page, questions);
		types.add(q.type);
		try {
			await answerRightByKeyboard(page, q);
			await pressButton(page, 'Check answer');
			await shows(page, '#verdict', 'Right');
		} catch (error) {
			throw new Error(`question ${i + 1} (${q.type}, ${q.id}): ${(error as Error).message}`, {
				cause: error
			});
		}
		await pressButton(page, i === total - 1 ? 'See your results' : 'Next question');
	}
	await shows(page, 'h2', 'Your results');
	await shows(page, '.score', new RegExp(`${total} of ${total}`));
	expect(types).toContain('match');
	expect(types).toContain('order');
	expect(errors).toEqual([]);
	await page.close();
});
