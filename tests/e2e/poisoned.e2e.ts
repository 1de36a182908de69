// Saves that are damaged (or crafted) in IndexedDB: the page never hangs. A game is rebuilt from
// its choices, what cannot be rebuilt is set aside with a message, and a page that cannot load a
// save offers to start again, keeping the old record.
import { expect, test, type Page } from '@playwright/test';
import { contentFingerprint, type Assignment } from '../../src/lib/classroom/assignment';
import { encodeAssignment } from '../../src/lib/classroom/codec';
import { historicalPath } from '../../src/lib/scenario/history';
import { DB_NAME } from '../../src/lib/storage/db';
import { pickQuestions } from '../helpers/classroom';
import { contentScenarios, realContent } from '../helpers/scenarios';
import { answerByKeyboard, questionOnScreen, quizzes } from './quiz-keys';
import { choose } from './choose';

const scenario = contentScenarios().find((s) => s.id === 'host-the-mek')!;
const steps = historicalPath(scenario);
const heading = (page: Page) => page.locator('#situation-heading');

type Rec = Record<string, unknown>;

/** Runs `change` (a function body given the record `r`) on every record of `table` in IndexedDB. */
const poison = (page: Page, table: string, change: string) =>
	page.evaluate(
		([name, table, change]) =>
			new Promise<void>((resolve, reject) => {
				const edit = new Function('r', change!) as (r: Rec) => void;
				const open = indexedDB.open(name!);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(table!, 'readwrite');
					const request = tx.objectStore(table!).openCursor();
					request.onsuccess = () => {
						const cursor = request.result;
						if (!cursor) return;
						const record = cursor.value as Rec;
						edit(record);
						cursor.update(record);
						cursor.continue();
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[DB_NAME, table, change]
	);

const readTable = (page: Page, table: string) =>
	page.evaluate(
		([name, table]) =>
			new Promise<Rec[]>((resolve, reject) => {
				const open = indexedDB.open(name!);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(table!).objectStore(table!).getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result as Rec[]);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		[DB_NAME, table]
	);

const poisons = {
	'meters null': 'r.snapshot.context.meters = null',
	'meters as strings':
		'for (const k of Object.keys(r.snapshot.context.meters)) r.snapshot.context.meters[k] = "9"',
	'path [null, 5]': 'r.snapshot.context.path = [null, 5]',
	'an ending as the value of an active game': `r.snapshot.value = ${JSON.stringify(scenario.endings[0]!.id)}`,
	'an unknown status': 'r.snapshot.status = "exploded"'
};

test('a damaged saved game is rebuilt from its choices, whatever is wrong with it', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`/play/${scenario.id}`);
	await choose(page, page.getByRole('button', { name: steps[0]!.choice.label }));
	await expect(heading(page)).toHaveText(steps[1]!.situation.title);
	await choose(page, page.getByRole('button', { name: steps[1]!.choice.label }));
	await expect(heading(page)).toHaveText(steps[2]!.situation.title);

	for (const [name, change] of Object.entries(poisons)) {
		await test.step(name, async () => {
			await poison(page, 'runs', `if (r.status === 'active') { ${change} }`);
			await page.reload();
			await expect(heading(page)).toHaveText(steps[2]!.situation.title);
			await expect(page.locator('.path li')).toHaveCount(2);
			expect(errors).toEqual([]);
		});
	}
	// Every damaged copy is kept, and the game goes on from the rebuilt one.
	const runs = await readTable(page, 'runs');
	expect(runs.filter((r) => r.status === 'active')).toHaveLength(1);
	expect(runs.length + (await readTable(page, 'quarantine')).length).toBe(
		1 + Object.keys(poisons).length
	);
	await choose(page, page.getByRole('button', { name: steps[2]!.choice.label }));
	await expect(heading(page)).toHaveText(steps[3]!.situation.title);
});

test('a saved game whose choices cannot be replayed is set aside with a message', async ({
	page
}) => {
	await page.goto(`/play/${scenario.id}`);
	await choose(page, page.getByRole('button', { name: steps[0]!.choice.label }));
	await expect(heading(page)).toHaveText(steps[1]!.situation.title);
	await poison(
		page,
		'runs',
		'r.snapshot.context.meters = null; r.path.push({ situation: "nowhere", choice: "nothing" })'
	);
	await page.reload();
	await expect(page.getByRole('alert')).toContainText(
		'could not be read and has been set aside; your other progress is safe.'
	);
	await expect(heading(page)).toBeVisible();
	const quarantined = await readTable(page, 'quarantine');
	expect(quarantined).toHaveLength(1);
	expect((quarantined[0]!.value as Rec).path).toHaveLength(2);
});

test('a page that cannot read its saved game offers to start again and keeps the old one', async ({
	page
}) => {
	// Reading the saved games fails, as it does when the browser's files are damaged.
	await page.addInitScript(() => {
		if (!localStorage.getItem('break-reads')) return;
		for (const type of [IDBObjectStore, IDBIndex]) {
			const original = type.prototype.getAll;
			type.prototype.getAll = function (this: IDBObjectStore | IDBIndex, ...args) {
				if ((this as IDBIndex).objectStore?.name === 'runs' || this.name === 'runs')
					throw new DOMException('Internal error.', 'UnknownError');
				return original.apply(this, args as []);
			};
		}
	});
	await page.goto(`/play/${scenario.id}`);
	await choose(page, page.getByRole('button', { name: steps[0]!.choice.label }));
	await expect(heading(page)).toHaveText(steps[1]!.situation.title);

	await page.evaluate(() => localStorage.setItem('break-reads', '1'));
	await page.reload();
	const failure = page.getByRole('alert').filter({ hasText: 'could not be opened' });
	await expect(failure).toBeVisible();
	await failure.getByRole('button', { name: 'Start again' }).click();
	await expect(heading(page)).toHaveText(steps[0]!.situation.title);
	await expect(heading(page)).toBeFocused();

	await page.evaluate(() => localStorage.removeItem('break-reads'));
	await page.reload();
	await expect(heading(page)).toHaveText(steps[0]!.situation.title);
	const runs = await readTable(page, 'runs');
	expect(runs.map((r) => [r.status, (r.path as unknown[]).length])).toEqual([['abandoned', 1]]);
});

const quiz = quizzes.find((q) => q.id === 'mek-in-albania')!;

test('a damaged answer in a quiz attempt does not freeze the quiz page', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`/quiz/${quiz.id}`);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of / })).toBeVisible();
	const question = await questionOnScreen(page);
	await answerByKeyboard(page, question);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('#verdict')).toHaveText('Right');

	// The answer loses what was answered (this froze the page, with "z.order is not iterable").
	await poison(page, 'answers', "r.response = { type: 'order' }");
	await page.reload();
	await expect(page.getByRole('alert')).toContainText(
		'A saved answer (' // …) could not be read and has been set aside
	);
	await expect(page.getByRole('heading', { name: /^Question 1 of / })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
	expect(errors).toEqual([]);
	expect(await readTable(page, 'quarantine')).toHaveLength(1);
});

test('an assignment whose saved answers cannot be read offers to start again and keeps them', async ({
	page
}) => {
	const content = realContent();
	const base = {
		scenarios: [],
		questions: pickQuestions(content, 2).map((q) => q.id)
	};
	const assignment = {
		id: 'Br0kn-Ab',
		title: 'Week 3: the break',
		className: '10-B',
		feedback: 'practice',
		attempts: 0,
		created: Date.now(),
		...base,
		content: contentFingerprint(base, content)
	} as Assignment;
	// Reading the quiz attempts fails, as it does when the browser's files are damaged.
	await page.addInitScript(() => {
		if (!localStorage.getItem('break-reads')) return;
		for (const type of [IDBObjectStore, IDBIndex]) {
			const original = type.prototype.getAll;
			type.prototype.getAll = function (this: IDBObjectStore | IDBIndex, ...args) {
				if ((this as IDBIndex).objectStore?.name === 'attempts' || this.name === 'attempts')
					throw new DOMException('Internal error.', 'UnknownError');
				return original.apply(this, args as []);
			};
		}
	});
	await page.goto(`/assignment#${await encodeAssignment(assignment)}`);
	await page.getByRole('button', { name: 'Start the questions' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of 2/ })).toBeVisible();

	await page.evaluate(() => localStorage.setItem('break-reads', '1'));
	await page.reload();
	const failure = page.getByRole('alert').filter({ hasText: 'could not be opened' });
	await expect(failure).toBeVisible();
	await failure.getByRole('button', { name: 'Start again' }).click();
	await expect(failure).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();

	await page.evaluate(() => localStorage.removeItem('break-reads'));
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
	const attempts = await readTable(page, 'attempts');
	expect(attempts.map((a) => a.status)).toEqual(['abandoned']);
});
