// A teacher makes an assignment on /teach: chooses scenarios and questions (by topic, difficulty
// and one by one), gets a link and a QR code, finds it again after a reload; a student's device
// opens the link; the teacher's preview keeps nothing.
import { expect, test, type Page } from '@playwright/test';
import { decodeAssignment } from '../../src/lib/classroom/codec';
import { realContent } from '../helpers/scenarios';
import { expectHeadingOutline, expectNoAxeViolations, settled } from './axe';

const content = realContent();
const [first, second] = content.quizzes as [
	(typeof content.quizzes)[number],
	(typeof content.quizzes)[number]
];
const scenario = content.scenarios[0]!;
const inDays = (n: number) => {
	const d = new Date(Date.now() + n * 24 * 60 * 60 * 1000);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const due = inDays(3);
const title = 'The 2022 break: homework';
const className = '10-B Shkodër';

// Not hard: all of the first topic, and one question of the second chosen by hand.
const notHard = (q: { difficulty: string }) => q.difficulty !== 'hard';
const picked = second.questions.filter(notHard)[1]!;
const expected = [...first.questions.filter(notHard).map((q) => q.id), picked.id];

const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function chooseAndCreate(page: Page) {
	await page.getByRole('checkbox', { name: 'Hard' }).uncheck();
	const one = page.getByTestId(`topic-${first.id}`);
	await one.getByRole('checkbox', { name: /^All \d+ questions?$/ }).check();
	const two = page.getByTestId(`topic-${second.id}`);
	await two.getByText('Choose one by one').click();
	await two.locator(`input[value="${picked.id}"]`).check();
	// Part of a topic: its "All" box is half ticked.
	expect(
		await two
			.getByRole('checkbox', { name: /^All \d+ questions?$/ })
			.evaluate((el: HTMLInputElement) => el.indeterminate)
	).toBe(true);
	await page.getByRole('checkbox', { name: scenario.title }).check();
	await expect(page.getByTestId('count')).toHaveText(`${expected.length} questions chosen`);

	await page.getByRole('textbox', { name: /^Title/ }).fill(title);
	await page.getByRole('textbox', { name: /^Class/ }).fill(className);
	await page.getByLabel(/^Due date/).fill(due);
	await page.getByRole('radio', { name: /^Test/ }).check();
	await page.getByLabel('Attempts allowed').selectOption('2');
	await page.getByRole('button', { name: 'Create the link' }).click();
	const heading = page.getByRole('heading', { level: 2, name: title });
	await expect(heading).toBeFocused();
	return page.getByLabel('Link for your students').inputValue();
}

test('a teacher chooses by topic, difficulty and one by one, and gets a link that says so', async ({
	page,
	browser
}) => {
	await page.goto('/teach');
	await settled(page);
	await expect(page.getByText('None yet')).toBeVisible();
	const link = await chooseAndCreate(page);
	expect(link).toMatch(/^http:\/\/localhost:\d+\/assignment#A1\./);

	const decoded = await decodeAssignment(link);
	if (!decoded.ok) throw new Error(decoded.message);
	const a = decoded.assignment;
	expect(a.questions).toEqual(expected);
	expect(a.scenarios).toEqual([scenario.id]);
	expect(a).toMatchObject({ title, className, due, feedback: 'test', attempts: 2 });
	expect(a.id).toMatch(/^[\w-]{8}$/);

	const qr = page.getByRole('img', { name: `QR code of the link to ${title}` });
	await expect(qr).toBeVisible();
	expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
	await expect(page.getByTestId('kept-note')).toHaveText(/Kept on this device/);
	await expect(page.getByRole('link', { name: /Preview as a student/ })).toHaveAttribute(
		'href',
		/\/assignment\?preview#A1\./
	);

	// Kept: listed after a reload, with the same link.
	await page.reload();
	const listed = page.getByTestId('kept').getByRole('listitem');
	await expect(listed).toHaveCount(1);
	await expect(listed).toContainText(title);
	await expect(listed).toContainText(className);
	await expect(listed).toContainText('(in 3 days)');
	await expect(listed).toContainText(`${expected.length} questions, 1 scenario`);
	await listed.getByRole('button', { name: /Show link and QR code/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
	await expect(page.getByLabel('Link for your students')).toHaveValue(link);

	// A student's device: another browser context, nothing shared with the teacher's.
	const student = await browser.newContext();
	const phone = await student.newPage();
	await phone.goto(link);
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(phone.getByTestId('due')).toHaveText(/^Due .* \(in 3 days\)$/);
	await expect(phone.getByTestId('kept')).toHaveText(/Saved on this device/);
	await expect(phone.getByRole('heading', { name: `Questions: ${expected.length}` })).toBeVisible();
	await student.close();
});

test('a random draw of questions from chosen topics and difficulties, shown ticked before the link is made, drawn again', async ({
	page
}) => {
	await page.goto('/teach');
	await settled(page);
	await page.getByRole('checkbox', { name: 'Hard' }).uncheck();
	await page.getByText('Draw questions at random').click();
	const drawBox = page.locator('details.draw');
	// Two topics only: every other topic's box unticked.
	for (const q of content.quizzes)
		if (q.id !== first.id && q.id !== second.id)
			await drawBox.getByRole('checkbox', { name: q.title, exact: true }).uncheck();
	await drawBox.getByLabel('How many questions').fill('4');
	await drawBox.getByRole('button', { name: 'Draw', exact: true }).click();
	await expect(page.getByTestId('draw-status')).toHaveText(
		'Drew 4 questions from 2 topics. They are ticked below, and any question chosen before is not.'
	);
	await expect(page.getByTestId('count')).toHaveText('4 questions chosen');
	const ticked = async () =>
		page
			.locator('input[name="question"]:checked')
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).sort());
	const firstDraw = await ticked();
	const allowed = new Set(
		[...first.questions, ...second.questions].filter(notHard).map((q) => q.id)
	);
	expect(firstDraw).toHaveLength(4);
	expect(firstDraw.every((id) => allowed.has(id))).toBe(true);
	// Spread over both topics: two from each.
	expect(firstDraw.filter((id) => first.questions.some((q) => q.id === id))).toHaveLength(2);

	// Drawn again until the draw differs (a fresh seed each time).
	const again = drawBox.getByRole('button', { name: 'Draw again' });
	let other = firstDraw;
	for (let i = 0; i < 10 && other.join() === firstDraw.join(); i++) {
		await again.click();
		other = await ticked();
	}
	expect(other).toHaveLength(4);
	expect(other.join()).not.toBe(firstDraw.join());

	// More than there is: all of them, and the page says so.
	await drawBox.getByLabel('How many questions').fill('500');
	await again.click();
	await expect(page.getByTestId('draw-status')).toHaveText(
		`Only ${allowed.size} questions match: all of them are ticked below.`
	);
	await expect(page.getByTestId('count')).toHaveText(`${allowed.size} questions chosen`);
	await expectNoAxeViolations(page, 'teach page with a random draw');
});

test('nothing chosen and no title: the messages say so, next to their fields, and nothing is made', async ({
	page
}) => {
	await page.goto('/teach');
	await settled(page);
	await page.getByRole('button', { name: 'Create the link' }).click();
	await expect(page.getByText('Choose at least one scenario or one question.')).toBeVisible();
	const titleField = page.getByRole('textbox', { name: /^Title/ });
	await expect(titleField).toHaveAttribute('aria-invalid', 'true');
	await expect(titleField).toHaveAccessibleDescription(/Give the assignment a title/);
	await expect(page.getByRole('textbox', { name: /^Class/ })).toHaveAccessibleDescription(
		/Name the class/
	);
	// Focus goes to the first field with a problem: the first scenario's box.
	await expect(page.locator('input[name="scenario"]').first()).toBeFocused();
	await expect(page.getByTestId('panel')).toHaveCount(0);

	// Choosing something takes that message away; the title's stays until it is written.
	await page.getByRole('checkbox', { name: scenario.title }).check();
	await expect(page.getByText('Choose at least one scenario or one question.')).toHaveCount(0);
	await page.getByRole('button', { name: 'Create the link' }).click();
	await expect(titleField).toBeFocused();
	await expect(page.getByTestId('panel')).toHaveCount(0);

	await page.reload();
	await expect(page.getByText('None yet')).toBeVisible();
});

test('the preview shows the assignment as students see it and keeps nothing', async ({ page }) => {
	await page.goto('/teach');
	await settled(page);
	const link = await chooseAndCreate(page);
	const code = link.slice(link.indexOf('#') + 1);

	const student = await page.context().browser()!.newContext();
	const tab = await student.newPage();
	await tab.goto(`/assignment?preview#${code}`);
	await expect(tab.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(tab.getByTestId('preview')).toHaveText(
		'Preview: this is what your students see; nothing is saved.'
	);
	await expect(tab.getByTestId('kept')).toBeEmpty();
	await expectNoAxeViolations(tab, 'assignment preview');
	await tab.goto('/');
	await expect(tab.getByRole('heading', { name: 'Take a seat at the table' })).toBeVisible();
	await settled(tab);
	await expect(tab.getByTestId('assignments')).toHaveCount(0);
	await student.close();
});

test('with no storage the link and QR code are still made, and the page says they are not kept', async ({
	page
}) => {
	await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
	await page.goto('/teach');
	await settled(page);
	await expect(page.getByText('assignments you make here are not kept')).toBeVisible();
	const link = await chooseAndCreate(page);
	expect((await decodeAssignment(link)).ok).toBe(true);
	await expect(page.getByTestId('kept-note')).toHaveText(/will not be kept here/);
	await expect(page.getByRole('img', { name: `QR code of the link to ${title}` })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const)
	test(`the form, its messages and the result pass axe (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/teach');
		await settled(page);
		await expectHeadingOutline(page, '/teach');
		await expectNoAxeViolations(page, `/teach, empty (${scheme})`);
		await page.getByRole('button', { name: 'Create the link' }).click();
		await expect(page.getByText('Choose at least one scenario or one question.')).toBeVisible();
		await page.getByTestId(`topic-${first.id}`).getByText('Choose one by one').click();
		await expectNoAxeViolations(page, `/teach with errors (${scheme})`);
		await page.reload();
		await settled(page);
		await chooseAndCreate(page);
		await expectHeadingOutline(page, '/teach with its link');
		await expectNoAxeViolations(page, `/teach with its link (${scheme})`);
	});

test('on a 360 px phone nothing scrolls sideways and the menu keeps to two rows', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/teach');
	await settled(page);
	const rows = await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('listitem')
		.evaluateAll((items) => new Set(items.map((li) => li.getBoundingClientRect().top)).size);
	expect(rows).toBeLessThanOrEqual(2);
	expect(await scrollsSideways(page)).toBe(0);
	await page.screenshot({ path: 'test-results/teach-shots/phone-form.png', fullPage: false });
	const topic = page.getByTestId(`topic-${first.id}`);
	await topic.getByText('Choose one by one').click();
	expect(await scrollsSideways(page)).toBe(0);
	await topic.evaluate((el) => el.scrollIntoView());
	await page.screenshot({ path: 'test-results/teach-shots/phone-topic.png' });
	await topic.getByText('Choose one by one').click();
	await page.getByRole('button', { name: 'Create the link' }).click();
	await page.getByRole('textbox', { name: /^Title/ }).evaluate((el) => el.scrollIntoView());
	await page.screenshot({ path: 'test-results/teach-shots/phone-errors.png' });
	await chooseAndCreate(page);
	expect(await scrollsSideways(page)).toBe(0);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.getByTestId('panel').screenshot({ path: 'test-results/teach-shots/phone-panel.png' });
});

test('screenshots: laptop and the QR code projected', async ({ page }) => {
	await page.goto('/teach');
	await settled(page);
	await page.screenshot({ path: 'test-results/teach-shots/laptop-form.png' });
	await chooseAndCreate(page);
	await page.screenshot({ path: 'test-results/teach-shots/laptop-panel.png' });
	await page.setViewportSize({ width: 1920, height: 1080 });
	const qr = page.getByRole('img', { name: `QR code of the link to ${title}` });
	await qr.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const box = await qr.boundingBox();
	expect(box!.width).toBeGreaterThan(800);
	await page.screenshot({ path: 'test-results/teach-shots/projected-qr.png' });
	await page.emulateMedia({ media: 'print' });
	await page.screenshot({ path: 'test-results/teach-shots/print.png', fullPage: true });
});
