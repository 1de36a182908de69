// 200% zoom (WCAG 1.4.4 and 1.4.10): a 1280×800 screen at 200% is a 640×400 CSS-pixel viewport
// at device scale 2. Nothing scrolls sideways, every control can be reached and is not cut off,
// the site navigation works, and axe finds nothing. Also at a 360-px phone, with screenshots.
import { expect, test, type Page } from '@playwright/test';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';
import { answerByKeyboard, questionOnScreen, quizzes } from './quiz-keys';
import { choose } from './choose';

const scenarios = contentScenarios();
const quiz = quizzes[0]!;

const sizes = {
	zoom200: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
	phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true }
} as const;

/** No sideways scrolling, and every control inside the viewport's width and not covered. */
async function expectFits(page: Page, where: string) {
	const sideways = await page.evaluate(() => {
		const el = document.scrollingElement!;
		return el.scrollWidth - el.clientWidth;
	});
	expect(sideways, `sideways scrolling on ${where}`).toBeLessThanOrEqual(0);
	const problems = await page.evaluate(() => {
		const out: string[] = [];
		const width = document.scrollingElement!.clientWidth;
		const controls = document.querySelectorAll<HTMLElement>(
			'main a[href], main button, main input, main select, main summary, header a[href]'
		);
		for (const el of controls) {
			if (!el.checkVisibility()) continue;
			// A control inside a region that scrolls on its own (the decision map) is reached by
			// scrolling that region; nothing of the kind holds controls today.
			el.scrollIntoView({ block: 'center', inline: 'nearest' });
			const r = el.getBoundingClientRect();
			const name = `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}”`;
			if (r.width === 0 || r.height === 0) continue;
			if (r.left < -1 || r.right > width + 1)
				out.push(`${name} runs past the edge (${Math.round(r.left)}–${Math.round(r.right)})`);
			// The control is what a pointer finds in it (or inside it, or its own label); a link that
			// wraps onto a second line is tested on its first.
			const first = el.getClientRects()[0] ?? r;
			const x = Math.min(Math.max(first.left + first.width / 2, 0), width - 1);
			const y = first.top + first.height / 2;
			const hit = document.elementFromPoint(x, y);
			if (hit && !el.contains(hit) && !hit.contains(el) && hit !== el.closest('label'))
				out.push(`${name} is covered by ${hit.tagName.toLowerCase()}.${hit.className}`);
		}
		window.scrollTo(0, 0);
		return out;
	});
	expect(problems, `controls cut off or covered on ${where}`).toEqual([]);
}

for (const [size, options] of Object.entries(sizes)) {
	test.describe(size, () => {
		test.use(options);

		test('home: fits, the navigation works, no axe violations', async ({ page }, testInfo) => {
			await page.goto('/');
			await settled(page);
			await expectFits(page, `home (${size})`);
			await page.screenshot({ path: testInfo.outputPath(`home-${size}.png`) });
			await expectNoAxeViolations(page, `home (${size})`);
			// The header is one row, the navigation behind its menu button (the width is a phone's).
			const menu = page.getByRole('button', { name: 'Menu' });
			await menu.click();
			await expect(menu).toHaveAttribute('aria-expanded', 'true');
			await expectFits(page, `home with the menu open (${size})`);
			// Every navigation link is on screen, and a comfortable target.
			const nav = page.getByRole('navigation', { name: 'Main' });
			for (const link of await nav.getByRole('link').all()) {
				await expect(link).toBeInViewport();
				const box = (await link.boundingBox())!;
				expect(box.height).toBeGreaterThanOrEqual(24);
			}
			await nav.getByRole('link', { name: 'Quizzes' }).click();
			await expect(page).toHaveURL(/\/quiz$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes');
			await expectFits(page, `quizzes (${size})`);
		});

		test('every question of a practice quiz, and its feedback, fits', async ({
			page
		}, testInfo) => {
			await page.goto(`/quiz/${quiz.id}`);
			await settled(page);
			await expectFits(page, `the quiz page (${size})`);
			await page.getByRole('radio', { name: /^Practice/ }).check();
			await page.getByRole('button', { name: 'Start' }).click();
			const shot = new Set<string>();
			for (let i = 0; i < quiz.questions.length; i++) {
				await expect(page.getByRole('heading', { name: `Question ${i + 1} of ` })).toBeVisible();
				const q = await questionOnScreen(page);
				await expectFits(page, `a ${q.type} question (${size})`);
				await answerByKeyboard(page, q, i % 2 === 0);
				await page.getByRole('button', { name: 'Check answer' }).click();
				await expect(page.locator('#verdict')).toBeFocused();
				await expectFits(page, `a ${q.type} question's feedback (${size})`);
				if (!shot.has(q.type)) {
					shot.add(q.type);
					await page.locator('main form').scrollIntoViewIfNeeded();
					await page.screenshot({
						path: testInfo.outputPath(`question-${q.type}-${size}.png`),
						fullPage: true
					});
					await expectNoAxeViolations(page, `a ${q.type} question's feedback (${size})`);
				}
				await page.getByRole('button', { name: /^(Next question|See your results)$/ }).click();
			}
			await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
			await expectFits(page, `the results (${size})`);
		});

		for (const scenario of scenarios)
			test(`${scenario.id}: every situation and the debrief fit`, async ({ page }, testInfo) => {
				await page.goto(`/play/${scenario.id}`);
				await settled(page);
				for (const [i, { situation, choice }] of historicalPath(scenario).entries()) {
					await expect(page.locator('#situation-heading')).toHaveText(situation.title);
					await expectFits(page, `${situation.id} (${size})`);
					if (i === 0) {
						await page.screenshot({ path: testInfo.outputPath(`situation-${size}.png`) });
						await expectNoAxeViolations(page, `${situation.id} (${size})`);
					}
					await choose(page, choice.label);
				}
				await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
				await expectFits(page, `the debrief (${size})`);
				await expectNoAxeViolations(page, `the debrief (${size})`);
				await page.screenshot({
					path: testInfo.outputPath(`debrief-${size}.png`),
					fullPage: true
				});
			});
	});
}
