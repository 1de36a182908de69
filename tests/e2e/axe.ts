// Running axe-core in a test, with a failure message that says what to fix.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until the page has loaded what it reads from the device (no `aria-busy` left). */
export async function settled(page: Page) {
	await page.waitForLoadState('networkidle');
	await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Runs axe on the page and fails with every violation's rule, impact, targets and help. */
export async function expectNoAxeViolations(page: Page, where: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const report = violations
		.map(
			(v) =>
				`- ${v.id} [${v.impact ?? 'unknown'}]: ${v.help} (${v.helpUrl})\n` +
				v.nodes
					.map(
						(n) =>
							`    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`
					)
					.join('\n')
		)
		.join('\n');
	expect(violations.length, `axe violations on ${where}:\n${report}`).toBe(0);
}

/**
 * One visible h1, and headings that never skip a level on the way down (h2 then h4), counting
 * visually hidden headings (screen readers list them) but not those in closed dialogs or details.
 */
export async function expectHeadingOutline(page: Page, where: string) {
	const levels = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
			.filter((h) => h.checkVisibility())
			.map((h) => ({
				level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
				text: h.textContent!.trim().slice(0, 60)
			}))
	);
	const outline = levels.map((h) => `h${h.level} ${h.text}`).join('\n');
	expect(
		levels.filter((h) => h.level === 1),
		`one h1 on ${where}:\n${outline}`
	).toHaveLength(1);
	expect(levels[0]?.level, `the first heading on ${where} is the h1:\n${outline}`).toBe(1);
	for (let i = 1; i < levels.length; i++)
		expect(
			levels[i]!.level,
			`no skipped heading level on ${where} at “${levels[i]!.text}”:\n${outline}`
		).toBeLessThanOrEqual(levels[i - 1]!.level + 1);
}

/** Header, main navigation, main and footer: each once, and every page's content in main. */
export async function expectLandmarks(page: Page, where: string) {
	for (const [role, name] of [
		['banner', undefined],
		['navigation', 'Main'],
		['main', undefined],
		['contentinfo', undefined]
	] as const)
		await expect(page.getByRole(role, { name }), `one ${role} on ${where}`).toHaveCount(1);
	const outside = await page.evaluate(
		() =>
			[...document.querySelectorAll('h1, h2, h3, form, article, section')].filter(
				(el) => !el.closest('main, header, footer, dialog')
			).length
	);
	expect(outside, `headings and content outside the landmarks on ${where}`).toBe(0);
}

/**
 * Every focusable element on the page, focused as a keyboard user would, shows an outline of at
 * least 2 px whose colour contrasts 3:1 with the background around it (WCAG 2.4.7, 2.4.11, 1.4.11).
 */
export async function expectVisibleFocus(page: Page, where: string) {
	// A key press first: Chromium then treats later focus() calls as keyboard focus.
	await page.keyboard.press('Shift');
	const problems = await page.evaluate(() => {
		const rgb = (c: string) => {
			const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?/.exec(c);
			return m ? { rgb: [+m[1]!, +m[2]!, +m[3]!], alpha: m[4] === undefined ? 1 : +m[4] } : null;
		};
		const lum = ([r, g, b]: number[]) =>
			[r!, g!, b!]
				.map((v) => v / 255)
				.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
				.reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
		const around = (el: Element) => {
			for (let p = el.parentElement; p; p = p.parentElement) {
				const c = rgb(getComputedStyle(p).backgroundColor);
				if (c && c.alpha > 0.5) return c.rgb;
			}
			return rgb(getComputedStyle(document.documentElement).backgroundColor)!.rgb;
		};
		const before = document.activeElement as HTMLElement | null;
		const focusable = [
			...document.querySelectorAll<HTMLElement>(
				'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
			)
		]
			.filter((el) => !(el as HTMLButtonElement).disabled)
			// One radio button per group, as Tab reaches them (focusing another would also change
			// which one Chromium's Tab key lands on next).
			.filter(
				(el, i, all) =>
					!(el instanceof HTMLInputElement && el.type === 'radio') ||
					all.findIndex(
						(o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name
					) === i
			);
		const out: string[] = [];
		let checked = 0;
		for (const el of focusable) {
			el.focus();
			if (document.activeElement !== el || !el.checkVisibility()) continue;
			checked++;
			const s = getComputedStyle(el);
			const name = `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}”`;
			if (!el.matches(':focus-visible')) out.push(`${name}: not :focus-visible`);
			else if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2)
				out.push(`${name}: outline ${s.outlineStyle} ${s.outlineWidth}`);
			else {
				const [a, b] = [lum(rgb(s.outlineColor)!.rgb), lum(around(el))];
				const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				if (ratio < 3) out.push(`${name}: outline contrast ${ratio.toFixed(2)}:1`);
			}
		}
		// Back where the keyboard user was.
		if (before && before !== document.body) before.focus();
		else (document.activeElement as HTMLElement | null)?.blur();
		return { out, checked };
	});
	expect(problems.checked, `focusable elements on ${where}`).toBeGreaterThan(0);
	expect(problems.out, `focus not clearly visible on ${where}`).toEqual([]);
}
