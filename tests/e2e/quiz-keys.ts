// Answering quiz questions in the browser with the keyboard alone, rightly or wrongly, using
// the answer keys from content/ (so the tests follow the content as it changes).
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/content/types';
import { matchAnswerText } from '../../src/lib/quiz/layout';
import { realContent } from '../helpers/scenarios';

export const questions = new Map(
	realContent().quizzes.flatMap((q) => q.questions.map((x) => [x.id, x] as const))
);
export const quizzes = realContent().quizzes;

/** The question on screen. */
export async function questionOnScreen(page: Page): Promise<Question> {
	const id = await page.locator('main form[data-question]').first().getAttribute('data-question');
	const found = questions.get(id ?? '');
	if (!found) throw new Error(`no question has the id ${id}`);
	return found;
}

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/** Presses Tab (up to 100 times) until `target` has focus. */
export async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 100; i++) {
		if (await isFocused(target)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with the Tab key`);
}

/** Fills in the question on screen by keyboard: right, or (with `wrong`) not fully right. */
export async function answerByKeyboard(page: Page, q: Question, wrong = false) {
	const form = page.locator('main form').first();
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
			const wrongText =
				q.type === 'true-false'
					? q.answer
						? 'False'
						: 'True'
					: q.options.find((o) => !o.correct)!.text;
			const target = form.getByRole('radio', { name: wrong ? wrongText : right, exact: true });
			await tabTo(page, form.getByRole('radio').first());
			// Arrow keys move through a radio group and select as they go.
			for (let i = 0; i < 10 && !(await isFocused(target)); i++)
				await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Space');
			await expect(target).toBeChecked();
			break;
		}
		case 'multiple': {
			const boxes = await form.getByRole('checkbox').all();
			for (const box of boxes) {
				await tabTo(page, box);
				const name = (await box.evaluate((el) => el.closest('label')!.textContent!)).trim();
				const option = q.options.find((o) => o.text.trim() === name)!;
				if (Boolean(option.correct) !== wrong) await page.keyboard.press('Space');
			}
			break;
		}
		case 'order': {
			const wanted = wrong ? [...q.items].reverse() : q.items;
			for (let i = 0; i < wanted.length; i++) {
				const items = form.locator('.order li .item');
				const texts = (await items.allInnerTexts()).map((t) => t.trim());
				const at = texts.indexOf(wanted[i]!.text.trim());
				if (at === i) continue;
				const up = form.getByRole('button', { name: `Move “${wanted[i]!.text}” up` });
				await tabTo(page, up);
				for (let k = 0; k < at - i; k++) await page.keyboard.press('Enter');
			}
			const shown = (await form.locator('.order li .item').allInnerTexts()).map((t) => t.trim());
			expect(shown).toEqual(wanted.map((it) => it.text.trim()));
			break;
		}
		case 'match': {
			const selects = await form.getByRole('combobox').all();
			for (const [i, select] of selects.entries()) {
				const pair = q.pairs[i]!;
				const key = wrong ? q.pairs[(i + 1) % q.pairs.length]!.id : pair.id;
				const text = matchAnswerText(q, key);
				await tabTo(page, select);
				for (let k = 0; k < 12; k++) {
					const chosen = await select.evaluate(
						(el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? ''
					);
					if (chosen.trim() === text.trim()) break;
					await page.keyboard.press('ArrowDown');
				}
				await expect(select.locator('option:checked')).toHaveText(text);
			}
			break;
		}
		case 'numeric': {
			const input = form.getByRole('textbox');
			await tabTo(page, input);
			const value = wrong ? q.answer + (q.tolerance ?? 0) + 1000 : q.answer;
			await page.keyboard.type(String(value));
			break;
		}
	}
}

/** Tabs to a button by its name and presses Enter. */
export async function press(page: Page, name: string) {
	const button = page.getByRole('button', { name, exact: true });
	await tabTo(page, button);
	await page.keyboard.press('Enter');
}
