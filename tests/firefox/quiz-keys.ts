// Answering the question on screen rightly with the keyboard alone (Tab, arrows, Space, Enter),
// in Firefox, from the answer keys in content/.
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { Question } from '../../src/lib/content/types';
import { matchAnswerText } from '../../src/lib/quiz/layout';
import { press, tabTo } from './firefox';

const isFocused = (el: ElementHandle<Element>) => el.evaluate((e) => e === document.activeElement);

/** The input inside the label whose text is `text`, in the question on screen. */
async function inputLabelled(page: Page, type: string, text: string) {
	const handle = await page.evaluateHandle(
		(t: string, wanted: string) =>
			[...document.querySelectorAll<HTMLInputElement>(`main form input[type="${t}"]`)].find(
				(i) => i.closest('label')?.textContent?.trim() === wanted.trim()
			) ?? null,
		type,
		text
	);
	const el = handle.asElement() as ElementHandle<HTMLInputElement> | null;
	if (!el) throw new Error(`no ${type} labelled “${text}”`);
	return el;
}

/** Waits (Firefox toggles on key up, a moment later) until `input` is checked or not. */
async function checked(page: Page, input: ElementHandle<HTMLInputElement>, want: boolean) {
	await page
		.waitForFunction(
			(i: HTMLInputElement, w: boolean) => i.checked === w,
			{ timeout: 5000 },
			input,
			want
		)
		.catch(async () => {
			const label = await input.evaluate((i) => i.closest('label')?.textContent?.trim());
			throw new Error(`“${label}” is not ${want ? 'ticked' : 'unticked'}`);
		});
}

export async function answerRightByKeyboard(page: Page, q: Question) {
	switch (q.type) {
		case 'single':
		case 'source':
		case 'true-false': {
			const right =
				q.type === 'true-false'
					? q.answer
						? 'True'
						: 'False'
					: q.options.find((o) => o.correct)!.text;
			const target = await inputLabelled(page, 'radio', right);
			await tabTo(page, (await page.$('main form input[type="radio"]'))!);
			// Arrow keys move through a radio group and select as they go.
			for (let i = 0; i < 10 && !(await isFocused(target)); i++) await press(page, 'ArrowDown');
			await press(page, ' ');
			await checked(page, target, true);
			break;
		}
		case 'multiple':
			// In the order on screen: Tab only goes forward.
			for (const box of (await page.$$(
				'main form input[type="checkbox"]'
			)) as ElementHandle<HTMLInputElement>[]) {
				const text = await box.evaluate((i) => i.closest('label')?.textContent?.trim());
				const option = q.options.find((o) => o.text.trim() === text);
				if (!option) throw new Error(`“${text}” is not an option of ${q.id}`);
				await tabTo(page, box);
				if (option.correct) await press(page, ' ');
				await checked(page, box, Boolean(option.correct));
			}
			break;
		case 'order': {
			const shown = () =>
				page.$$eval('main form .order li .item', (items) =>
					items.map((i) => (i.textContent ?? '').trim())
				);
			for (const [i, item] of q.items.entries()) {
				const at = (await shown()).indexOf(item.text.trim());
				if (at === i) continue;
				const up = await page.evaluateHandle(
					(label: string) =>
						[...document.querySelectorAll('main form .order button')].find(
							(b) => b.getAttribute('aria-label') === label
						) ?? null,
					`Move “${item.text}” up`
				);
				// Focus stays on the moved item's button, so Enter moves it on up.
				await tabTo(page, up.asElement() as ElementHandle<Element>);
				for (let k = 0; k < at - i; k++) await press(page, 'Enter');
			}
			expect(await shown()).toEqual(q.items.map((it) => it.text.trim()));
			break;
		}
		case 'match': {
			const selects = await page.$$('main form select');
			expect(selects).toHaveLength(q.pairs.length);
			for (const [i, select] of selects.entries()) {
				const wanted = matchAnswerText(q, q.pairs[i]!.id).trim();
				await tabTo(page, select);
				const chosen = () =>
					select.evaluate((s) =>
						((s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '').trim()
					);
				for (let k = 0; k < 12 && (await chosen()) !== wanted; k++) await press(page, 'ArrowDown');
				expect(await chosen()).toBe(wanted);
			}
			break;
		}
		case 'numeric': {
			await tabTo(page, (await page.$('main form input[inputmode="decimal"]'))!);
			await page.keyboard.type(String(q.answer));
			break;
		}
	}
}

/** The question on screen, found in `questions` by its id. */
export async function questionOnScreen(page: Page, questions: ReadonlyMap<string, Question>) {
	const id = await page.$eval('main form[data-question]', (f) => f.getAttribute('data-question'));
	const q = questions.get(id ?? '');
	if (!q) throw new Error(`no question has the id ${id}`);
	return q;
}
