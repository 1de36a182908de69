// Storage failing under a student in a real browser: a full disk, no IndexedDB, IndexedDB refusing
// to open (private browsing), another tab upgrading the database. Each shows a calm message, the
// game goes on, and nothing already saved is lost.
import { expect, test, type Page } from '@playwright/test';
import { historicalPath } from '../../src/lib/scenario/history';
import { DB_NAME } from '../../src/lib/storage/db';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations } from './axe';
import { choose as takeChoice } from './choose';

const scenario = contentScenarios()[0]!;
const [first, second, third] = historicalPath(scenario);

const choose = (page: Page, step: { choice: { label: string } }) =>
	takeChoice(page, page.getByRole('button', { name: step.choice.label }));
const heading = (page: Page) => page.locator('#situation-heading');

test('a full disk: the game goes on, says so, and the last saved step survives a reload', async ({
	page
}) => {
	// Chromium's quota override (Storage.overrideQuotaForOrigin) is not enforced on writes that do
	// not grow the database file, so a full disk is made where the browser reports it: every
	// IndexedDB write fails with QuotaExceededError, as it does on a phone with no space left.
	await page.addInitScript(() => {
		const w = window as unknown as { diskFull: boolean };
		w.diskFull = false;
		for (const method of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args) {
				if (w.diskFull)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.apply(this, args as [unknown, IDBValidKey?]);
			};
		}
	});
	await page.goto(`/play/${scenario.id}`);
	await choose(page, first!);
	await expect(heading(page)).toHaveText(second!.situation.title);

	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
	await choose(page, second!);
	await expect(heading(page)).toHaveText(third!.situation.title);
	await expect(page.getByRole('alert')).toContainText('out of storage space');
	await expect(page.getByRole('alert')).toContainText('Everything saved before is kept');
	await expectNoAxeViolations(page, 'play page with a full-disk message');

	// Space freed (a reload starts with the disk no longer full): the first step is still there.
	await page.reload();
	await expect(heading(page)).toHaveText(second!.situation.title);
});

// Where the browser gives the app no storage, the game is played from memory, and the page says
// that progress will not be kept, and why.
const noStorage = [
	{
		case: 'no IndexedDB at all',
		breakStorage: () => Object.defineProperty(window, 'indexedDB', { value: undefined }),
		message: 'does not offer storage'
	},
	{
		case: 'IndexedDB refusing to open (private browsing)',
		breakStorage: () => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
			};
		},
		message: 'Storage could not be opened (InvalidStateError)'
	}
];
for (const { case: name, breakStorage, message } of noStorage)
	test(`${name}: the game is played from memory and the page says progress is not kept`, async ({
		page
	}) => {
		await page.addInitScript(breakStorage);
		await page.goto(`/play/${scenario.id}`);
		await expect(page.getByRole('status').filter({ hasText: message })).toContainText(
			'progress will not be kept'
		);
		await choose(page, first!);
		await expect(heading(page)).toHaveText(second!.situation.title);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

test('another tab upgrades the database: this tab stops saving, says to reload, and loses nothing', async ({
	page,
	context
}) => {
	await page.goto(`/play/${scenario.id}`);
	await choose(page, first!);
	await expect(heading(page)).toHaveText(second!.situation.title);

	// A newer version of the app opens the database in another tab.
	const other = await context.newPage();
	await other.goto('/sources');
	const upgraded = await other.evaluate(
		(name) =>
			new Promise<string>((resolve, reject) => {
				const request = indexedDB.open(name, 1000);
				request.onblocked = () => reject(new Error('blocked by the first tab'));
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					request.result.close();
					resolve('upgraded');
				};
			}),
		DB_NAME
	);
	expect(upgraded).toBe('upgraded');

	const banner = page.getByRole('status').filter({ hasText: 'updated in another tab' });
	await expect(banner).toBeVisible();
	await expect(banner.getByRole('button', { name: 'Reload the page' })).toBeVisible();
	await expectNoAxeViolations(page, 'play page with the storage banner');
	await choose(page, second!);
	await expect(page.getByRole('alert')).toContainText('this tab has stopped saving');

	await banner.getByRole('button', { name: 'Reload the page' }).click();
	await expect(heading(page)).toHaveText(second!.situation.title);
	await expect(banner).toBeHidden();
});
