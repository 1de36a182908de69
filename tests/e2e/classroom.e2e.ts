// The whole round trip with no server, in two browser contexts that share nothing but what a
// teacher and a student would pass by hand: the teacher makes an assignment on /teach; the student
// opens its link, plays the scenario, answers the questions and hands in; the teacher pastes the
// result code and reads the report, scored again on the teacher's device.
import { expect, test } from '@playwright/test';
import { decodeResult } from '../../src/lib/classroom/codec';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { realContent } from '../helpers/scenarios';
import { settled } from './axe';
import { answerByKeyboard, questionOnScreen } from './quiz-keys';
import { choose } from './choose';

const content = realContent();
const scenario = content.scenarios.find((s) => s.id === 'host-the-mek') ?? content.scenarios[0]!;
const topic = content.quizzes[0]!;
const chosen = topic.questions.slice(0, 3);
const title = 'Hosting the MEK: week 2';
const student = 'Ardita Hoxha';

test('a teacher assigns, a student hands in by code, and the teacher sees the report', async ({
	browser
}) => {
	const teacherContext = await browser.newContext();
	const studentContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const teacher = await teacherContext.newPage();
	const phone = await studentContext.newPage();

	// The teacher: three questions chosen one by one, one scenario, a test with one attempt.
	await teacher.goto('/teach');
	await settled(teacher);
	const box = teacher.getByTestId(`topic-${topic.id}`);
	await box.getByText('Choose one by one').click();
	for (const q of chosen) await box.locator(`input[value="${q.id}"]`).check();
	await teacher.getByRole('checkbox', { name: scenario.title }).check();
	await teacher.getByRole('textbox', { name: /^Title/ }).fill(title);
	await teacher.getByRole('textbox', { name: /^Class/ }).fill('10-B Shkodër');
	await teacher.getByRole('radio', { name: /^Test/ }).check();
	await teacher.getByLabel('Attempts allowed').selectOption('1');
	await teacher.getByRole('button', { name: 'Create the link' }).click();
	const link = await teacher.getByLabel('Link for your students').inputValue();

	// The student, on a phone, opens the link as sent (the fragment carries everything).
	await phone.goto(link.slice(link.indexOf('/assignment')));
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(title);
	await phone.getByRole('link', { name: `Play: ${scenario.title}` }).click();
	for (const { choice } of historicalPath(scenario))
		await choose(phone, phone.getByRole('button').filter({ hasText: choice.label }).first());
	await phone.getByRole('link', { name: 'Back to your assignment' }).click();
	await phone.getByRole('button', { name: 'Start the questions' }).click();
	// The second question on screen is answered wrongly.
	const wrong: string[] = [];
	for (let i = 0; i < chosen.length; i++) {
		await expect(phone.getByRole('heading', { name: `Question ${i + 1} of 3` })).toBeVisible();
		const q = await questionOnScreen(phone);
		if (i === 1) wrong.push(q.id);
		await answerByKeyboard(phone, q, i === 1);
		await phone.getByRole('button', { name: 'Save answer' }).click();
	}
	await phone.getByLabel('Your name').fill(student);
	await phone.getByRole('button', { name: 'Hand in' }).click();
	await expect(phone.getByRole('heading', { name: 'Handed in: attempt 1' })).toBeFocused();
	const code = await phone.getByLabel('Your result code').inputValue();
	const handed = await decodeResult(code);
	expect(handed.ok && handed.result.answers).toHaveLength(3);

	// The teacher pastes the code on the assignment's results page.
	await teacher.goto('/teach');
	await settled(teacher);
	await teacher
		.getByTestId('kept')
		.getByRole('listitem')
		.filter({ hasText: title })
		.getByRole('link', { name: /^Results and report/ })
		.click();
	await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(`Results: ${title}`);
	await settled(teacher);
	await teacher.getByLabel('Paste result codes').fill(`Here is mine: ${code}`);
	await teacher.getByRole('button', { name: 'Add these results' }).click();
	await expect(teacher.getByTestId('import-status')).toContainText('1');

	// Per student: two of three right, scored again here; the scenario finished.
	const row = teacher.getByTestId('students').getByRole('row').filter({ hasText: student });
	await expect(row).toContainText('2 / 3 (67%)');
	await expect(row).toContainText('1 of 1 scenario finished');
	// Per question: the one answered wrongly has no one right.
	await expect(teacher.getByTestId(`question-${wrong[0]}`).getByTestId('share')).toContainText(
		'0%'
	);
	// Per decision: the whole class (one student) took the historical choice at the first one.
	const [first] = historicalPath(scenario);
	await expect(
		teacher.getByTestId(`decision-${first!.situation.id}`).getByTestId(`choice-${first!.choice.id}`)
	).toContainText('100%');
	await expect(teacher.getByTestId(`ending-${historicalEnding(scenario)!.id}`)).toContainText('1');

	// The same code again changes nothing; a reload keeps the result.
	await teacher.getByLabel('Paste result codes').fill(code);
	await teacher.getByRole('button', { name: 'Add these results' }).click();
	await expect(teacher.getByTestId('import-status')).toContainText(/already/i);
	await teacher.reload();
	await expect(
		teacher.getByTestId('students').getByRole('row').filter({ hasText: student })
	).toHaveCount(1);

	await teacherContext.close();
	await studentContext.close();
});
