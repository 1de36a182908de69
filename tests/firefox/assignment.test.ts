// In Firefox, the classroom round trip with no server, in two browser contexts that share nothing
// (a teacher's and a student's): the teacher makes an assignment link, the student opens it,
// answers by keyboard and hands in, and the teacher pastes the code and sees the result.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticHost, type StaticHost } from '../e2e/static-host';
import { realContent } from '../helpers/scenarios';
import { click, launchFirefox, pageErrors, pressButton, settled, shows } from './firefox';
import { answerRightByKeyboard, questionOnScreen } from './quiz-keys';

const topic = realContent().quizzes[0]!;
const chosen = topic.questions.slice(0, 3);
const questions = new Map(chosen.map((q) => [q.id, q]));
const title = 'Week 3: the break in relations';
const student = 'Besa Krasniqi';

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

/** Puts `text` into a field as a paste does: all at once, then an input event. */
async function fill(page: Page, selector: string, text: string) {
	await page.$eval(
		selector,
		(field, value) => {
			(field as HTMLInputElement).value = value as string;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		},
		text
	);
}

test('a teacher makes a link, a student hands in, the teacher pastes the code and sees the result', async () => {
	const teacher = await (await browser.createBrowserContext()).newPage();
	const phone = await (await browser.createBrowserContext()).newPage();
	const teacherErrors = pageErrors(teacher);
	const phoneErrors = pageErrors(phone);

	// The teacher: three questions chosen one by one, as a test.
	await teacher.goto(`${host.url}/teach`);
	await shows(teacher, 'h1', /./);
	await teacher.click(`[data-testid="topic-${topic.id}"] summary`);
	for (const q of chosen) await teacher.click(`input[name="question"][value="${q.id}"]`);
	await shows(teacher, '[data-testid="count"]', '3 questions chosen');
	await fill(teacher, '#title', title);
	await fill(teacher, '#class-name', '11-A Durrës');
	await teacher.click('input[name="feedback"][value="test"]');
	await click(teacher, 'button', 'Create the link');
	await shows(teacher, '[data-testid="panel"] h2', /./);
	const link = await teacher.$eval('#link', (input) => (input as HTMLInputElement).value);
	expect(link).toMatch(/\/assignment#A1\./);

	// The student opens the link as sent: the fragment carries everything.
	await phone.goto(`${host.url}${link.slice(link.indexOf('/assignment'))}`);
	await shows(phone, 'h1', title);
	await pressButton(phone, 'Start the questions');
	for (let i = 0; i < chosen.length; i++) {
		await shows(phone, 'h2', new RegExp(`^Question ${i + 1} of 3`));
		await answerRightByKeyboard(phone, await questionOnScreen(phone, questions));
		await pressButton(phone, 'Save answer');
	}
	await fill(phone, '#student-name', student);
	await click(phone, 'button', 'Hand in');
	await shows(phone, 'h2', 'Handed in: attempt 1');
	const code = await phone.$eval('#result-code', (field) => (field as HTMLTextAreaElement).value);
	expect(code).toMatch(/^R1\./);

	// The teacher opens the assignment's results and pastes the code, wrapped in a message.
	await settled(teacher);
	await teacher.goto(`${host.url}/teach`);
	await click(teacher, 'link', `Results and report: ${title}`);
	await shows(teacher, 'h1', `Results: ${title}`);
	await fill(teacher, '#codes', `Here is my result: ${code} thanks`);
	await click(teacher, 'button', 'Add these results');
	await shows(teacher, '[data-testid="import-status"]', /^1 result added/);
	const row = await shows(teacher, '[data-testid="students"] tbody tr', new RegExp(student));
	expect(await row.evaluate((r) => r.textContent?.replace(/\s+/g, ' '))).toMatch(/3 \/ 3 \(100%\)/);

	expect(teacherErrors).toEqual([]);
	expect(phoneErrors).toEqual([]);
	await teacher.browserContext().close();
	await phone.browserContext().close();
});
