import { expect, test } from '@playwright/test';
import { realContent } from '../helpers/scenarios';

const content = realContent();

test('the source library lists every source with its kind, reliability and where it is used', async ({
	page
}) => {
	await page.goto('/sources');
	const entries = page.locator('article.source');
	await expect(entries).toHaveCount(Object.keys(content.sources).length);
	for (const source of Object.values(content.sources)) {
		const entry = page.locator(`article#${source.id}`);
		await expect(entry.getByRole('heading')).toHaveText(source.title);
		await expect(entry).toContainText(source.reliability);
	}
	// The best seed is cited by quiz questions and by scenario situations alike.
	const wiki = page.locator('article#wiki-albania-iran');
	await wiki.getByText(/^Used in \d+ places$/).click();
	const question = content.quizzes[0]!.questions.find((q) =>
		q.sources.some((c) => c.source === 'wiki-albania-iran')
	)!;
	await expect(wiki.getByText(question.prompt.slice(0, 30)).first()).toBeVisible();
	const situation = content.scenarios[0]!.situations.find((s) =>
		s.sources.some((c) => c.source === 'wiki-albania-iran')
	)!;
	await expect(wiki.getByText(situation.title).first()).toBeVisible();
});

test('the timeline shows every event in date order, with its sources and disputes', async ({
	page
}) => {
	await page.goto('/timeline');
	const events = page.locator('ol.timeline > li');
	await expect(events).toHaveCount(content.timeline.length);
	const dates = await events
		.locator('time')
		.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
	expect(dates).toEqual([...dates].sort());
	const disputed = content.timeline.filter((e) => e.dispute).length;
	await expect(page.getByText('Sources disagree:')).toHaveCount(disputed);
	await expect(events.locator('details.sources')).toHaveCount(content.timeline.length);
});

test('glossary terms are linked where they appear, and lead to their entry', async ({ page }) => {
	await page.goto('/glossary');
	await expect(page.locator('dl > .entry')).toHaveCount(content.glossary.length);
	// A scenario situation mentioning the MEK links the term to the glossary.
	await page.goto(`/play/host-the-mek`);
	const link = page.locator('.situation a.term').first();
	await expect(link).toBeVisible();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/glossary#[a-z0-9-]+$/);
	// It opens the term's definition in place first (glossary.e2e.ts), then the full entry.
	await link.click();
	await page.getByRole('link', { name: 'Read the full entry in the glossary' }).click();
	const id = href!.split('#')[1]!;
	await expect(page.locator(`#${id}`)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
});

test('the library carries no list of uses: each is fetched when opened (it grows with the content)', async ({
	page,
	request
}) => {
	const question = content.quizzes[0]!.questions.find((q) =>
		q.sources.some((c) => c.source === 'wiki-albania-iran')
	)!;
	const html = await (await request.get('/sources')).text();
	expect(html).not.toContain(question.prompt.slice(0, 30));

	await page.goto('/sources');
	const fetched = page.waitForRequest((r) => r.url().endsWith('/sources/wiki-albania-iran.json'));
	await page
		.locator('article#wiki-albania-iran')
		.getByText(/^Used in \d+ places$/)
		.click();
	await fetched;
	await expect(page.getByText(question.prompt.slice(0, 30)).first()).toBeVisible();
});
