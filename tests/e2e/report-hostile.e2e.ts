// What a teacher might paste or be sent that is not a set of hand-ins: the results page answers
// with a summary, names the first few codes it could not read and counts the rest, and reads no
// more than one import's worth of codes. A forged result that is read is checked: what it claims
// and cannot be so is not counted, and the page says so.
import { expect, test, type Page } from '@playwright/test';
import { encodeResult } from '../../src/lib/classroom/codec';
import { classResult, realisticAssignment } from '../helpers/classroom';
import { realContent } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { seed } from './results';

const content = realContent();

/** Pastes `text` into the paste box as a browser does: in a paste event. */
const paste = (page: Page, text: string) =>
	page.getByLabel('Paste result codes').evaluate((box, text) => {
		const data = new DataTransfer();
		data.setData('text/plain', text);
		box.focus();
		box.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);

test('a megabyte of hostile text is answered with a summary, and the page keeps answering', async ({
	page
}) => {
	const a = realisticAssignment(content, 6);
	await seed(page, a, []);
	await page.goto(`/teach/report?a=${a.id}`);
	await settled(page);
	const good = await encodeResult(classResult(content, a, 0));
	// One real code, a code start glued to 100,000 code-like words, 100,000 lines of "R1.a".
	const text = [good, `R1.${' abcd'.repeat(100_000)}`, 'R1.a\n'.repeat(100_000)].join('\n');
	await paste(page, text);
	const status = page.getByTestId('import-status');
	await expect(status).toHaveText(/^A long text was pasted \(1,000,\d+ characters\)/);
	await expect(page.getByLabel('Paste result codes')).toHaveValue('');

	await page.getByRole('button', { name: 'Add these results' }).click();
	// While it reads, the page still answers: a frame is drawn within a fraction of a second.
	const frame = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const start = performance.now();
				requestAnimationFrame(() => resolve(performance.now() - start));
			})
	);
	expect(frame).toBeLessThan(1000);
	await expect(status).toHaveText('1 result added, 299 refused.', { timeout: 20_000 });
	const refused = page.getByTestId('import-refused');
	await expect(refused).toContainText(
		'More than 300 result codes were found at once, so only the first 300 were read.'
	);
	await expect(refused).toContainText('These 299 were not added:');
	// Five named (the glued start, four lines of "R1.a"), the other 294 counted in one sentence.
	await expect(refused.getByRole('listitem')).toHaveCount(6);
	await expect(refused.getByRole('listitem').first()).toContainText('far too long');
	await expect(page.getByTestId('unread-count')).toHaveText(
		/^294 more pieces of text were not results: they start like result codes/
	);
	await expect(page.getByTestId('students').getByRole('row')).toHaveCount(2);
	await expect(page.getByRole('button', { name: 'Clear the pasted text' })).toHaveCount(0);
	await expectNoAxeViolations(page, 'results page after a hostile paste');
});

test('a long paste kept aside can be cleared, and a short one goes into the box as usual', async ({
	page
}) => {
	const a = realisticAssignment(content, 6);
	await seed(page, a, []);
	await page.goto(`/teach/report?a=${a.id}`);
	await settled(page);
	await paste(page, 'x '.repeat(60_000));
	await page.getByRole('button', { name: 'Clear the pasted text' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('');
	await page.getByRole('button', { name: 'Add these results' }).click();
	await expect(page.getByTestId('import-refused')).toHaveText(
		'Paste one or more result codes into the box first.'
	);
	await page.getByLabel('Paste result codes').fill(await encodeResult(classResult(content, a, 1)));
	await page.getByRole('button', { name: 'Add these results' }).click();
	await expect(page.getByTestId('import-status')).toHaveText('1 result added.');
});

test('a forged result is checked: not the latest attempt, no finished play, no impossible time', async ({
	page
}) => {
	const a = { ...realisticAssignment(content, 6), attempts: 1 };
	const honest = classResult(content, a, 0);
	const forged = classResult(content, a, 0, {
		id: 'forged-0',
		attempt: 1_000_000_000,
		finishedAt: 1e15,
		timeSpentMs: 1e15,
		scenarios: [{ scenarioId: a.scenarios[0]!, path: [], ending: '=EVIL()' }]
	});
	await seed(page, a, [honest, forged]);
	await page.goto(`/teach/report?a=${a.id}`);
	await settled(page);
	const row = page.getByTestId('students').getByRole('row').nth(1);
	await expect(row).toContainText('Not all of it counted: see the notes under Hand-ins.');
	// The honest attempt is the latest: both scenarios finished, its own time.
	await expect(row.getByRole('cell').nth(1)).toContainText('2 of 2 scenarios finished');
	await expect(row).not.toContainText('Invalid Date');
	const notes = page.getByTestId('hand-ins').getByTestId('notes');
	await expect(notes).toHaveCount(1);
	await expect(notes).toContainText('Attempt 1000000000 is over this assignment’s limit of 1');
	await expect(notes).toContainText('names an ending the scenario does not have');
	await expect(notes).toContainText('its hand-in time is left out');
	await expect(notes).toContainText('Its time spent is more than the app can count');
	await expect(page.getByTestId('hand-ins')).toContainText('hand-in time not known');
	await expect(page.getByTestId(`scenario-${a.scenarios[0]}`)).toContainText('1 reached an ending');
	await expectNoAxeViolations(page, 'report with a forged result');
});
