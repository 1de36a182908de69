// The teacher's results page: results added by pasting several codes, opening several files and
// scanning QR codes (a stubbed camera and barcode detector), refused ones named; the class report
// computed from them; the CSV; a reload keeps it all; axe, a phone, 200% zoom and the projector.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { assignmentCheck, type Assignment } from '../../src/lib/classroom/assignment';
import { decodeAssignment, encodeResult } from '../../src/lib/classroom/codec';
import type { Result } from '../../src/lib/classroom/result';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { classResult, otherChoice, realisticAssignment } from '../helpers/classroom';
import { parseCsv } from '../helpers/csv';
import { realContent } from '../helpers/scenarios';
import { expectHeadingOutline, expectNoAxeViolations, expectVisibleFocus, settled } from './axe';
import { seed } from './results';

const content = realContent();
const quiz = content.quizzes[0]!;
const title = 'Week 3: hosting the MEK';

const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Makes an assignment on /teach, as a teacher does: all of the first topic, both scenarios, two
 * attempts allowed.
 */
async function makeAssignment(page: Page): Promise<Assignment> {
	await page.goto('/teach');
	await settled(page);
	await page
		.getByTestId(`topic-${quiz.id}`)
		.getByRole('checkbox', { name: /^All \d+ questions?$/ })
		.check();
	for (const s of content.scenarios) await page.getByRole('checkbox', { name: s.title }).check();
	await page.getByRole('textbox', { name: /^Title/ }).fill(title);
	await page.getByRole('textbox', { name: /^Class/ }).fill('10-B Shkodër');
	await page.getByLabel('Attempts allowed').selectOption('2');
	await page.getByRole('button', { name: 'Create the link' }).click();
	const decoded = await decodeAssignment(
		await page.getByLabel('Link for your students').inputValue()
	);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.assignment;
}

/** Opens the assignment's results page from the list on /teach. */
async function openReport(page: Page, a: Assignment) {
	const item = page.getByTestId('kept').getByRole('listitem').filter({ hasText: a.title });
	await item.getByRole('link', { name: /^Results and report/ }).click();
	await expect(page).toHaveURL(new RegExp(`/teach/report\\?a=${encodeURIComponent(a.id)}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results: ${a.title}`);
	await settled(page);
}

/** A stand-in camera and barcode detector: each code is in view for a few frames, then the next. */
async function fakeCamera(page: Page, codes: string[]) {
	await page.addInitScript((codes) => {
		const w = window as unknown as Record<string, unknown>;
		let frame = 0;
		class FakeDetector {
			static async getSupportedFormats() {
				return ['qr_code'];
			}
			constructor(options: { formats: string[] }) {
				if (!options.formats.includes('qr_code')) throw new TypeError('no qr_code');
			}
			async detect() {
				// Five frames with a code in view, three with none, as a student steps up.
				const at = Math.floor(frame / 8);
				const inView = frame % 8 < 5;
				frame++;
				const code = codes[at];
				return code && inView ? [{ rawValue: code, format: 'qr_code' }] : [];
			}
		}
		w.BarcodeDetector = FakeDetector;
		const getUserMedia = async () => {
			const canvas = document.createElement('canvas');
			canvas.width = 160;
			canvas.height = 120;
			const ctx = canvas.getContext('2d')!;
			let n = 0;
			setInterval(() => {
				ctx.fillStyle = n++ % 2 ? '#222' : '#444';
				ctx.fillRect(0, 0, 160, 120);
			}, 50);
			const stream = canvas.captureStream(20);
			w.__cameraStream = stream;
			return stream;
		};
		if (navigator.mediaDevices) navigator.mediaDevices.getUserMedia = getUserMedia;
		else Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia } });
	}, codes);
}

const codeFile = (name: string, text: string) => ({
	name,
	mimeType: 'text/plain',
	buffer: Buffer.from(text)
});

test('a teacher adds results by paste, files and camera, and the report is computed from them', async ({
	page
}) => {
	test.slow();
	const a = await makeAssignment(page);
	const n = a.questions.length;
	// Seven students, 0 to 6 (classResult: question i wrong where (i + student) % 3 === 0;
	// scenarios historical for 0, 3, 6, away from history at first for 1 and 4, left after one
	// decision by 2 and 5). Student 1 hands in a second attempt.
	const result = (i: number, fields: Partial<Result> = {}) => classResult(content, a, i, fields);
	const code = (r: Result) => encodeResult(r);
	const [c0, c1, c2, c3, c4, c5, c6] = await Promise.all(
		[0, 1, 2, 3, 4, 5, 6].map((i) => code(result(i)))
	);
	const besnik2 = result(1, {
		id: 'besnik-2',
		attempt: 2,
		finishedAt: result(1).finishedAt + 3_600_000
	});
	const stranger = { ...realisticAssignment(content, 5), id: 'Stranger' };
	const foreign = await code(
		classResult(content, stranger, 9, { assignmentCheck: assignmentCheck(stranger) })
	);
	await fakeCamera(page, [c6!, await code(besnik2), c6!]);

	await page.goto('/teach');
	await settled(page);
	await openReport(page, a);
	await expect(page.getByRole('heading', { level: 2, name: 'No results yet' })).toBeVisible();

	// Pasted: three codes, one of them twice, and one for an assignment not on this device.
	await page
		.getByLabel('Paste result codes')
		.fill(`Ardita: ${c0}\nBesnik: ${c1}\n\nDrita:\n${c2}\nArdita again: ${c0}\n${foreign}`);
	await page.getByRole('button', { name: 'Add these results' }).click();
	await expect(page.getByTestId('import-status')).toHaveText(
		'3 results added, 1 already imported, 1 refused.'
	);
	const refused = page.getByRole('alert');
	await expect(refused).toContainText('the pasted text, line 7 (Klevis Toska)');
	await expect(refused).toContainText('not on this device');
	await expect(page.getByLabel('Paste result codes')).toHaveValue('');

	// Files, several at once: one code each, two codes in one, a picture, a note.
	await page
		.getByLabel('Open result files')
		.setInputFiles([
			codeFile('erion.txt', `Result for ${title}\n${c3}\n`),
			codeFile('two.txt', `${c4}\n\n${c5}`),
			codeFile('again.txt', c1!),
			{ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) },
			codeFile('notes.txt', 'Remember to bring the maps'),
			codeFile('empty.txt', '\n')
		]);
	await expect(page.getByTestId('import-status')).toHaveText(
		'3 results added, 1 already imported, 3 refused.'
	);
	await expect(refused).toContainText('file “empty.txt”: This file is empty.');
	await expect(refused).toContainText('file “photo.png”: This is a picture');
	await expect(refused).toContainText('file “notes.txt”: No result code was found');

	// The camera: two codes read (the first in view for several frames), each announced.
	await page.getByRole('button', { name: 'Scan QR codes' }).click();
	const dialog = page.getByRole('dialog', { name: 'Scan result QR codes' });
	await expect(dialog).toBeVisible();
	const log = dialog.getByTestId('scan-log').getByRole('listitem');
	await expect(log).toHaveText(['Added: Hana Gjoka, attempt 1.', 'Added: Besnik Kola, attempt 2.']);
	await expect(dialog.getByRole('status')).toContainText('Besnik Kola, attempt 2');
	await dialog.getByRole('button', { name: 'Done' }).click();
	await expect(dialog).toBeHidden();
	expect(
		await page.evaluate(() =>
			(window as unknown as { __cameraStream: MediaStream }).__cameraStream
				.getTracks()
				.every((t) => t.readyState === 'ended')
		)
	).toBe(true);
	await expect(page.getByTestId('import-status')).toHaveText('Scanning: 2 results added.');
	await expect(page.getByRole('button', { name: 'Scan QR codes' })).toBeFocused();

	await expectReport(page, a, n);

	// The spreadsheet: one row per hand-in, Besnik twice.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the results (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('Week 3 hosting the MEK, results.csv');
	const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
	expect(rows[0]!.slice(0, 6)).toEqual([
		'Student',
		'Attempt',
		'Handed in',
		'Time spent (minutes)',
		`Score (out of ${n})`,
		'Percent'
	]);
	expect(rows.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual([
		'Ardita Hoxha 1',
		'Besnik Kola 1',
		'Besnik Kola 2',
		'Drita Leka 1',
		'Erion Shehu 1',
		'Fjolla Berisha 1',
		'Gentian Dervishi 1',
		'Hana Gjoka 1'
	]);
	const ardita = rows[1]!;
	expect(ardita[4]).toBe(String(n - Math.ceil(n / 3)));
	expect(ardita[6]).toBe('0');
	expect(ardita[7]).toBe('1');

	// A reload keeps it all.
	await page.reload();
	await settled(page);
	await expectReport(page, a, n);

	// A mistaken import is removed after a confirmation; "Keep it" keeps it.
	const handIns = page.getByTestId('hand-ins').getByRole('listitem');
	await expect(handIns).toHaveCount(8);
	await page.getByRole('button', { name: 'Remove the result of Besnik Kola, attempt 2' }).click();
	const confirm = page.getByRole('dialog', { name: 'Remove this result?' });
	await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(handIns).toHaveCount(8);
	await page.getByRole('button', { name: 'Remove the result of Besnik Kola, attempt 2' }).click();
	await confirm.getByRole('button', { name: 'Remove' }).click();
	await expect(handIns).toHaveCount(7);
	await expect(page.getByRole('heading', { name: 'Hand-ins' })).toBeFocused();
	await expect(besnikRow(page).getByRole('cell').nth(3)).toHaveText('1');
	await page.reload();
	await expect(page.getByTestId('hand-ins').getByRole('listitem')).toHaveCount(7);
});

const besnikRow = (page: Page) =>
	page.getByTestId('students').getByRole('row').filter({ hasText: 'Besnik Kola' });

/** The seven students' report, its numbers worked out by hand from classResult's rules. */
async function expectReport(page: Page, a: Assignment, n: number) {
	await expect(page.getByTestId('summary')).toContainText('7 students (8 hand-ins)');
	const rows = page.getByTestId('students').getByRole('row');
	await expect(rows).toHaveCount(8);
	// Student k answers question i wrongly where (i + k) % 3 === 0; every wrong answer scores 0.
	const wrong = (k: number) =>
		Array.from({ length: n }, (_, i) => i).filter((i) => (i + k) % 3 === 0).length;
	const ardita = rows.filter({ hasText: 'Ardita Hoxha' });
	await expect(ardita.getByRole('cell').first()).toContainText(
		`${n - wrong(0)} / ${n} (${Math.round((100 * (n - wrong(0))) / n)}%)`
	);
	await expect(ardita.getByRole('cell').nth(1)).toContainText(`${n} of ${n} questions`);
	const m = a.scenarios.length;
	await expect(ardita.getByRole('cell').nth(1)).toContainText(`${m} of ${m} scenarios finished`);
	// Drita left every scenario after one decision.
	await expect(rows.filter({ hasText: 'Drita Leka' }).getByRole('cell').nth(1)).toContainText(
		`0 of ${m} scenarios finished`
	);
	// Besnik: two attempts, the latest shown.
	await expect(besnikRow(page).getByRole('cell').nth(3)).toContainText('2');

	// Question 1 is wrong for students 0, 3 and 6: 4 of 7 right. Question 2: for 2 and 5.
	const [q1, q2] = [0, 1].map((i) =>
		page.getByTestId(`question-${content.quizzes[0]!.questions[i]!.id}`)
	);
	await expect(q1!.getByTestId('share')).toHaveText('57% right: 4 of 7 students who answered');
	await expect(q1!.getByTestId('wrong')).toContainText('(3 students)');
	await expect(q2!.getByTestId('share')).toHaveText('71% right: 5 of 7 students who answered');
	// Hardest first: a question with 4 of 7 right comes before one with 5 of 7.
	const listed = page.getByTestId('questions').getByRole('listitem');
	await expect(listed.first().getByTestId('share')).toContainText('4 of 7');

	// First decision of each scenario: 5 of 7 took the historical choice (0, 2, 3, 5, 6), 2 not.
	for (const s of content.scenarios) {
		const [first] = historicalPath(s);
		const decision = page.getByTestId(`decision-${first!.situation.id}`);
		await expect(decision).toContainText('7 students decided here.');
		await expect(decision.getByTestId(`choice-${first!.choice.id}`)).toContainText('71% (5 of 7)');
		await expect(decision.getByTestId(`choice-${first!.choice.id}`)).toContainText(
			'What really happened'
		);
		const other = otherChoice(first!.situation.choices);
		await expect(decision.getByTestId(`choice-${other.id}`)).toContainText('29% (2 of 7)');
		if (first!.situation.history)
			await expect(decision).toContainText(first!.situation.history.text.slice(0, 40));
		// Endings: 0, 3 and 6 reach the historical one; 1 and 4 leave history at the first decision
		// and may still reach it (a real choice stays reachable by other routes); 2 and 5 none.
		const plays = [0, 1, 2, 3, 4, 5, 6].map((k) =>
			classResult(content, a, k).scenarios.find((p) => p.scenarioId === s.id)!
		);
		const finished = plays.filter((p) => p.ending).length;
		const real = plays.filter((p) => p.ending === historicalEnding(s)!.id).length;
		expect(finished).toBe(5);
		const ending = page
			.getByTestId(`scenario-${s.id}`)
			.getByTestId(`ending-${historicalEnding(s)!.id}`);
		await expect(ending).toContainText(
			`${Math.round((100 * real) / finished)}% (${real} of ${finished})`
		);
	}
}

test('an empty report says how to collect results, and passes axe in light and dark', async ({
	page
}) => {
	const a = { ...realisticAssignment(content, 10), title: 'Empty class' };
	await seed(page, a, []);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(`/teach/report?a=${a.id}`);
		await settled(page);
		await expect(page.getByRole('heading', { level: 2, name: 'No results yet' })).toBeVisible();
		await expectHeadingOutline(page, `empty report (${scheme})`);
		await expectNoAxeViolations(page, `empty report (${scheme})`);
	}
});

test('a report with results passes axe in light and dark, projector view too, with visible focus', async ({
	page
}) => {
	const a = realisticAssignment(content, 10);
	await seed(
		page,
		a,
		[0, 1, 2, 3, 4].map((i) => classResult(content, a, i))
	);
	await page.goto(`/teach/report?a=${a.id}`);
	await settled(page);
	await expect(page.getByTestId('students').getByRole('row')).toHaveCount(6);
	await expectHeadingOutline(page, 'report');
	await expectVisibleFocus(page, 'report');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `report (${scheme})`);
		// An empty box, a refused import's message and the removal question.
		await page.getByLabel('Paste result codes').fill('');
		await page.getByRole('button', { name: 'Add these results' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Paste one or more result codes into the box first.'
		);
		await page.getByLabel('Paste result codes').fill('R1.broken.code00');
		await page.getByRole('button', { name: 'Add these results' }).click();
		await expect(page.getByRole('alert')).toContainText('damaged');
		await page
			.getByRole('button', { name: /^Remove the result of/ })
			.first()
			.click();
		await expectNoAxeViolations(page, `report with a message and a question (${scheme})`);
		await page.keyboard.press('Escape');
	}
	await page.emulateMedia({ colorScheme: 'light' });
	const toggle = page.getByRole('button', { name: 'Projector view' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('students')).toBeHidden();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectHeadingOutline(page, `report, projector view (${scheme})`);
		await expectNoAxeViolations(page, `report, projector view (${scheme})`);
	}
});

test('projector view: large type, no names, remembered; screenshots on a laptop and a projector', async ({
	page
}, testInfo) => {
	const a = realisticAssignment(content, 10);
	await seed(
		page,
		a,
		Array.from({ length: 12 }, (_, i) => classResult(content, a, i))
	);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(`/teach/report?a=${a.id}`);
	await settled(page);
	await page.screenshot({ path: testInfo.outputPath('report-1280x800.png') });
	await page.screenshot({ path: testInfo.outputPath('report-1280x800-full.png'), fullPage: true });
	const size = () =>
		page
			.locator('[data-testid="questions"] h3')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	const normal = await size();

	await page.setViewportSize({ width: 1280, height: 720 });
	await page.getByRole('button', { name: 'Projector view' }).click();
	expect((await size()) / normal).toBeGreaterThanOrEqual(1.75);
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByText('Ardita Hoxha').filter({ visible: true })).toHaveCount(0);
	await expect(page.getByLabel('Paste result codes')).toBeHidden();
	expect(await scrollsSideways(page)).toBeLessThanOrEqual(0);
	await page.screenshot({ path: testInfo.outputPath('projector-1280x720.png') });
	await page.getByTestId(`scenario-${a.scenarios[0]}`).scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('projector-1280x720-decisions.png') });

	await page.reload();
	await settled(page);
	await expect(page.getByRole('button', { name: 'Projector view' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('button', { name: 'Projector view' }).click();
	await expect(page.getByText('Ardita Hoxha').first()).toBeVisible();
	await page.goto(`/teach/report?a=${a.id}&view=projector`);
	await settled(page);
	await expect(page.getByRole('button', { name: 'Projector view' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

for (const [name, size] of [
	['a 360 px phone', { width: 360, height: 740 }],
	['200% zoom on a laptop', { width: 640, height: 400 }]
] as const)
	test(`on ${name} nothing scrolls sideways`, async ({ page }, testInfo) => {
		const a = realisticAssignment(content, 10);
		await seed(
			page,
			a,
			[0, 1, 2, 3].map((i) => classResult(content, a, i))
		);
		await page.setViewportSize(size);
		await page.goto(`/teach/report?a=${a.id}`);
		await settled(page);
		expect(await scrollsSideways(page)).toBe(0);
		await page.getByLabel('Paste result codes').fill('nothing here');
		await page.getByRole('button', { name: 'Add these results' }).click();
		await expect(page.getByRole('alert')).toContainText('No result code');
		expect(await scrollsSideways(page)).toBe(0);
		await page.screenshot({ path: testInfo.outputPath('report.png'), fullPage: true });
		// The projector view belongs on a laptop or a projector: not offered at this width.
		await expect(page.getByRole('button', { name: 'Projector view' })).toBeHidden();
		await page.emulateMedia({ colorScheme: 'dark' });
		await expectNoAxeViolations(page, `report on ${name} (dark)`);
	});

test('without an assignment in the address, or one not on this device, the page says what to do', async ({
	page
}) => {
	await page.goto('/teach/report');
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results and report');
	await expect(page.getByText('Open this page from one of your assignments')).toBeVisible();
	await expectNoAxeViolations(page, 'report without an assignment');

	await page.goto('/teach/report?a=NotHere1');
	await settled(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This assignment is not on this device yet'
	);
	await expect(page.getByLabel('The assignment link you gave your students')).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'Settings' })).toBeVisible();
	await expectNoAxeViolations(page, 'report of an assignment not on this device');
	await page.getByRole('button', { name: 'Collect results on this device' }).click();
	await expect(page.getByRole('alert')).toHaveText('Paste the assignment link first.');
	await page.getByLabel('The assignment link you gave your students').fill('not a link at all');
	await page.getByRole('button', { name: 'Collect results on this device' }).click();
	await expect(page.getByRole('alert')).not.toHaveText('Paste the assignment link first.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This assignment is not on this device yet'
	);
});

test("results on any of the teacher's devices: the assignment link alone readies a phone and a laptop", async ({
	page,
	browser
}) => {
	const a = await makeAssignment(page);
	const link = await page.getByLabel('Link for your students').inputValue();
	const [first, second] = await Promise.all(
		[0, 1].map(async (i) => encodeResult(classResult(content, a, i)))
	);

	// The teacher's phone opens the link the students got, and collects results there.
	const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const phone = await phoneContext.newPage();
	await phone.goto(link.slice(link.indexOf('/assignment')));
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(a.title);
	await phone.getByText('For the teacher').click();
	await phone.getByRole('button', { name: 'Collect results on this device' }).click();
	await expect(phone).toHaveURL(new RegExp(`/teach/report\\?a=${encodeURIComponent(a.id)}$`));
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(`Results: ${a.title}`);
	await phone.getByLabel('Paste result codes').fill(first!);
	await phone.getByRole('button', { name: 'Add these results' }).click();
	await expect(phone.getByTestId('import-status')).toHaveText('1 result added.');
	await expect(phone.getByTestId('summary')).toContainText('1 student');

	// A laptop at home that has never seen it: the results page takes the pasted link.
	const laptopContext = await browser.newContext();
	const laptop = await laptopContext.newPage();
	await laptop.goto(`/teach/report?a=${encodeURIComponent(a.id)}`);
	await settled(laptop);
	await laptop.getByLabel('The assignment link you gave your students').fill(link);
	await laptop.getByRole('button', { name: 'Collect results on this device' }).click();
	await expect(laptop.getByRole('heading', { level: 1 })).toHaveText(`Results: ${a.title}`);
	await laptop.getByLabel('Paste result codes').fill(second!);
	await laptop.getByRole('button', { name: 'Add these results' }).click();
	await expect(laptop.getByTestId('import-status')).toHaveText('1 result added.');
	await laptop.reload();
	await expect(laptop.getByRole('heading', { level: 1 })).toHaveText(`Results: ${a.title}`);
	await expect(laptop.getByTestId('summary')).toContainText('1 student');
	await phoneContext.close();
	await laptopContext.close();
});
