// Small things a student or teacher sees, each once wrong: bars that do not match their counts,
// labels and tables that break out of a phone's width or break words letter by letter, disabled
// buttons that look enabled, cut-off answers, an undimmed page behind a dialog, and wording
// (brackets in brackets, two words for one thing, a sentence said twice, a list said twice).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { contentFingerprint, type Assignment } from '../../src/lib/classroom/assignment';
import { encodeAssignment } from '../../src/lib/classroom/codec';
import type { Question, Scenario } from '../../src/lib/content/types';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { gameView } from '../../src/lib/scenario/view';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios, realContent } from '../helpers/scenarios';
import { settled } from './axe';
import { answerByKeyboard, questionOnScreen, quizzes } from './quiz-keys';
import { choose } from './choose';

const scenarios = contentScenarios();
const scenario = scenarios[0]!;
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The words inside `el` that are split over two lines ("Fini/she/d"). */
const brokenWords = (el: Locator) =>
	el.evaluate((root) => {
		const out: string[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			for (const m of node.textContent!.matchAll(/[^\s\-–—/]+/g)) {
				const range = document.createRange();
				range.setStart(node, m.index);
				range.setEnd(node, m.index + m[0].length);
				const lines = new Set(
					[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
				);
				if (lines.size > 1) out.push(m[0]);
			}
		}
		return out;
	});

/** A path that leaves history at once and stays off it where it can: ends counterfactual. */
function counterfactualPath(s: Scenario) {
	const actor = createActor(createScenarioMachine(s)).start();
	const labels: string[] = [];
	for (
		let v = gameView(s, actor.getSnapshot());
		v.situation;
		v = gameView(s, actor.getSnapshot())
	) {
		const c = v.choices.find((c) => c.open && !c.historical) ?? v.choices.find((c) => c.open)!;
		labels.push(c.label);
		actor.send({ type: 'CHOOSE', choice: c.id });
	}
	return labels;
}

/** Practice mode in `quizId` until a question of `type` is on screen. */
async function questionOfType(page: Page, quizId: string, type: Question['type']) {
	await page.goto(`/quiz/${quizId}`);
	await settled(page);
	await page.getByRole('button', { name: 'Start' }).click();
	for (;;) {
		await expect(page.getByRole('heading', { name: /^Question \d+ of/ })).toBeVisible();
		const q = await questionOnScreen(page);
		if (q.type === type) return q;
		await answerByKeyboard(page, q);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.getByRole('button', { name: 'Next question' }).click();
	}
}
const quizWith = (type: Question['type']) =>
	quizzes.find((q) => q.questions.some((x) => x.type === type))!;

/** What a button looks like, and the contrast of its text with what is behind it. */
const looks = (button: Locator) =>
	button.evaluate((el) => {
		const rgb = (c: string) => {
			const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?/.exec(c)!;
			return { rgb: [+m[1]!, +m[2]!, +m[3]!], alpha: m[4] === undefined ? 1 : +m[4] };
		};
		const lum = ([r, g, b]: number[]) =>
			[r!, g!, b!]
				.map((v) => v / 255)
				.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
				.reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
		let behind = rgb(getComputedStyle(document.documentElement).backgroundColor).rgb;
		for (let p: Element | null = el; p; p = p.parentElement) {
			const c = rgb(getComputedStyle(p).backgroundColor);
			if (c.alpha > 0.5) {
				behind = c.rgb;
				break;
			}
		}
		const s = getComputedStyle(el);
		const [a, b] = [lum(rgb(s.color).rgb), lum(behind)];
		return {
			color: s.color,
			background: s.backgroundColor,
			border: `${s.borderTopStyle} ${s.borderTopColor}`,
			contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
		};
	});

async function expectLooksDisabled(disabled: Locator, enabled: Locator) {
	await expect(disabled).toBeDisabled();
	await expect(enabled).toBeEnabled();
	const [off, on] = [await looks(disabled), await looks(enabled)];
	expect(off.color, 'a disabled button has another text colour').not.toBe(on.color);
	expect(off.border, 'a disabled button has another border').not.toBe(on.border);
	expect(off.contrast, 'its text can still be read (AA)').toBeGreaterThanOrEqual(4.5);
}

test.describe('on a 360-px phone', () => {
	test.use(phone);

	test('the ending: its counterfactual label fits its card, the finished games break no word, and the path is not listed twice', async ({
		page
	}, testInfo) => {
		await page.goto(`/play/${scenario.id}`);
		await settled(page);
		const labels = counterfactualPath(scenario);
		await choose(page, labels[0]!);
		// While playing, the path so far is listed under the situation.
		await expect(page.getByRole('heading', { name: 'Your path so far' })).toBeVisible();
		for (const label of labels.slice(1)) await choose(page, label);
		await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();

		const card = page.locator('.debrief div.ending');
		const badge = card.locator('.badge');
		await expect(badge).toHaveText('Counterfactual ending: this did not happen');
		const [c, b] = [(await card.boundingBox())!, (await badge.boundingBox())!];
		expect(b.x + b.width, 'the label ends inside its card').toBeLessThanOrEqual(c.x + c.width - 1);
		expect(await brokenWords(badge)).toEqual([]);
		expect(await sideways(page)).toBeLessThanOrEqual(0);

		// The debrief has the path beside history; the list under the situation is gone.
		await expect(page.getByRole('heading', { name: 'Your path so far' })).toHaveCount(0);
		await expect(
			page.getByRole('heading', { name: 'Your path beside what really happened' })
		).toBeVisible();

		const games = page.locator('.debrief table');
		await expect(games).toBeVisible();
		expect(await brokenWords(games)).toEqual([]);
		await games.scrollIntoViewIfNeeded();
		await page.screenshot({ path: testInfo.outputPath('finished-games-360x740.png') });
	});

	test('"Hand in" with nothing done looks disabled', async ({ page }) => {
		const content = realContent();
		const base = { scenarios: [scenario.id], questions: [content.quizzes[0]!.questions[0]!.id] };
		const assignment = {
			id: 'Dtl1s-Ab',
			title: 'Disabled looks disabled',
			className: '10-A',
			feedback: 'test',
			attempts: 1,
			created: Date.now(),
			...base,
			content: contentFingerprint(base, content)
		} as Assignment;
		await page.goto(`/assignment#${await encodeAssignment(assignment)}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
		await expectLooksDisabled(
			page.getByRole('button', { name: 'Hand in' }),
			page.getByRole('button', { name: 'Start the questions' })
		);
	});

	test('in an order question, the first ↑ and the last ↓ look disabled', async ({
		page
	}, testInfo) => {
		const q = await questionOfType(page, quizWith('order').id, 'order');
		const ups = page.getByRole('button', { name: /^Move “.*” up$/ });
		const downs = page.getByRole('button', { name: /^Move “.*” down$/ });
		const n = q.type === 'order' ? q.items.length : 0;
		await expectLooksDisabled(ups.first(), ups.nth(1));
		await expectLooksDisabled(downs.nth(n - 1), downs.first());
		await page.locator('main form .order').screenshot({ path: testInfo.outputPath('order.png') });
	});

	test('the page behind the "Start again?" dialog is dimmed', async ({ page }) => {
		await page.goto(`/play/${scenario.id}`);
		await settled(page);
		await choose(page, historicalPath(scenario)[0]!.choice.label);
		await page.getByRole('button', { name: 'Start again…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Start this scenario again?' });
		await expect(dialog).toBeVisible();
		const alpha = await dialog.evaluate((el) => {
			const c = getComputedStyle(el, '::backdrop').backgroundColor;
			const m = /rgba?\([\d.]+[, ]+[\d.]+[, ]+[\d.]+(?:[, /]+([\d.]+))?/.exec(c);
			return m ? (m[1] === undefined ? 1 : Number(m[1])) : 0;
		});
		expect(alpha).toBeGreaterThanOrEqual(0.3);
	});
});

test('at 390 px, long match answers wrap in full instead of being cut', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const quiz = quizzes.find((z) =>
		z.questions.some((x) => x.type === 'match' && x.pairs.some((p) => p.right.length > 60))
	)!;
	const q = await questionOfType(page, quiz.id, 'match');
	if (q.type !== 'match') throw new Error('not a match question');
	const selects = page.locator('main form select');
	const longest = [...q.pairs].sort((a, b) => b.right.length - a.right.length);
	for (const [i, pair] of longest.entries()) {
		const select = selects.nth(i);
		await select.selectOption({ label: pair.right });
		const shown = page.locator('main form .match li').nth(i).locator('[aria-hidden="true"]');
		await expect(shown).toHaveText(pair.right);
		const [s, li] = [
			(await shown.boundingBox())!,
			(await select.locator('xpath=ancestor::li').boundingBox())!
		];
		expect(s.x + s.width).toBeLessThanOrEqual(li.x + li.width);
		expect(await brokenWords(shown)).toEqual([]);
		// The select takes the taps: it lies over the whole of the answer shown.
		const box = (await select.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(s.height - 1);
	}
	expect(await sideways(page)).toBeLessThanOrEqual(0);
	await selects.first().scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('match-390.png') });
});

for (const width of [360, 1280])
	test(`at ${width} px, the bars of a show of hands are as long as the counts`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width, height: 800 });
		const path = historicalPath(scenario);
		const first = path[0]!;
		const other = first.situation.choices.find((c) => !c.historical && c.requires.length === 0)!;
		await page.goto(`/lead/${scenario.id}`);
		await settled(page);
		await page.getByRole('button', { name: 'Start the class play' }).click();
		await page
			.getByRole('spinbutton', { name: `Hands for ${first.choice.label}`, exact: true })
			.fill('10');
		await page.getByRole('spinbutton', { name: `Hands for ${other.label}`, exact: true }).fill('7');
		await page
			.getByRole('button', { name: `Take the class's choice: “${first.choice.label}”` })
			.click();
		for (const { choice } of path.slice(1))
			await page
				.getByRole('button', { name: `Take this option: ${choice.label}`, exact: true })
				.click();
		const decision = page.getByTestId('decision-1');
		const bar = (label: string) =>
			decision
				.getByRole('row', { name: label })
				.locator('.bar')
				.evaluate((el) => el.getBoundingClientRect().width);
		const [ten, seven] = [await bar(first.choice.label), await bar(other.label)];
		expect(ten).toBeGreaterThan(40);
		expect(Math.abs(seven - ten * 0.7)).toBeLessThanOrEqual(2);
		expect(await sideways(page)).toBeLessThanOrEqual(0);
		await decision.screenshot({ path: testInfo.outputPath(`hands-${width}.png`) });
	});

test('a locked option is "Locked" in solo play and in class play', async ({ page }) => {
	const target = scenarios
		.map((s) => {
			const actor = createActor(createScenarioMachine(s)).start();
			for (const [index, { choice }] of historicalPath(s).entries()) {
				const locked = gameView(s, actor.getSnapshot()).choices.find((c) => !c.open);
				if (locked) return { s, index, locked };
				actor.send({ type: 'CHOOSE', choice: choice.id });
			}
			return undefined;
		})
		.find(Boolean)!;
	const path = historicalPath(target.s).slice(0, target.index);
	const said = `Locked: ${target.locked.lockedBecause}.`;

	await page.goto(`/play/${target.s.id}`);
	await settled(page);
	for (const { choice } of path) await choose(page, choice.label);
	const solo = page.locator('.choice', { hasText: target.locked.label });
	await expect(solo).toContainText(said);

	await page.goto(`/lead/${target.s.id}`);
	await settled(page);
	await page.getByRole('button', { name: 'Start the class play' }).click();
	for (const { choice } of path)
		await page
			.getByRole('button', { name: `Take this option: ${choice.label}`, exact: true })
			.click();
	await expect(page.getByTestId(`option-${target.locked.id}`)).toContainText(said);
});

test('/teach puts no brackets inside brackets', async ({ page }) => {
	await page.goto('/teach');
	await settled(page);
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/\([^()]*\(/);
	for (const s of scenarios)
		await expect(page.getByText(s.period, { exact: false }).first()).toBeVisible();
});

test('a broken assignment link asks for the link again once', async ({ page }) => {
	await page.goto('/assignment#A1.broken.xxxxxx');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This assignment link cannot be opened'
	);
	const text = await page.locator('main').innerText();
	expect(text.match(/Ask your teacher for the link again/g)).toHaveLength(1);
	await expect(
		page.getByText('Nothing on this device was changed.', { exact: false })
	).toBeVisible();
});
