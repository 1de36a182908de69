// The mixed quiz fetches only the questions it asks (issue 16): a small list of ids comes with
// the page, and each question of an attempt is fetched from its own file when the attempt begins.
import { expect, test, type Page } from '@playwright/test';
import { SESSION_SIZE } from '../../src/lib/quiz/session';
import { realContent } from '../helpers/scenarios';
import { answerByKeyboard, press, questionOnScreen } from './quiz-keys';

// Requests are watched and refused here, in the page: no service worker answering them first
// (tests/e2e/offline.e2e.ts starts the mixed quiz from the service worker's cache).
test.use({ serviceWorkers: 'block' });

/** The paths the page asks the host for, as they are asked. */
function requests(page: Page) {
	const paths: string[] = [];
	page.on('request', (r) => paths.push(new URL(r.url()).pathname));
	return paths;
}

const questionFile = /^\/questions\/(.+)\.json$/;

test('the mixed quiz fetches the questions of the attempt it begins, and not the bank', async ({
	page
}) => {
	const paths = requests(page);
	await page.goto('/quiz/mixed');
	await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
	expect(paths.filter((p) => questionFile.test(p))).toEqual([]);

	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: `Question 1 of ${SESSION_SIZE}` })).toBeFocused();
	expect(paths).not.toContain('/quiz/questions.json');
	const fetched = paths.flatMap((p) => questionFile.exec(p)?.[1] ?? []);
	expect(fetched).toHaveLength(SESSION_SIZE);
	expect(new Set(fetched).size).toBe(SESSION_SIZE);

	// The question on screen is one of those fetched, and answers with its source.
	const first = await questionOnScreen(page);
	expect(fetched).toContain(first.id);
	await answerByKeyboard(page, first);
	await press(page, 'Check answer');
	await expect(page.locator('#verdict')).toHaveText('Right');
	// Its source came with it: named by its title, not its id.
	const cited = realContent().sources[first.sources[0]!.source]!;
	await expect(page.locator('section.feedback')).toContainText(cited.title);

	// Reopened, the attempt fetches its own questions again (the same ones) and nothing else.
	const before = paths.length;
	await page.reload();
	await expect(page.getByRole('heading', { name: `Question 1 of ${SESSION_SIZE}` })).toBeVisible();
	await expect(page.locator('#verdict')).toHaveText('Right');
	const again = paths.slice(before).flatMap((p) => questionFile.exec(p)?.[1] ?? []);
	expect(new Set(again)).toEqual(new Set(fetched));
	expect(paths).not.toContain('/quiz/questions.json');
});

test('offline with the questions not saved, the start says so and works once they can be fetched', async ({
	page
}) => {
	await page.goto('/quiz/mixed');
	await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
	await page.route('**/questions/*.json', (route) => route.abort('internetdisconnected'));

	await page.getByRole('button', { name: 'Start' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
	await expect(alert).toContainText('you seem to be offline');
	await expect(alert).toBeFocused();
	// No attempt was begun: the start form is still there, with the mode chosen.
	await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
	await page.getByRole('radio', { name: /^Test/ }).check();

	await page.unroute('**/questions/*.json');
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('heading', { name: `Question 1 of ${SESSION_SIZE}` })).toBeFocused();
	await expect(alert).toHaveCount(0);
});
