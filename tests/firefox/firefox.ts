// Driving Debian's Firefox ESR for the journeys in this folder: puppeteer-core over WebDriver BiDi
// (Playwright drives only its own patched Firefox builds, which cannot be downloaded here), and
// waits that fail with what the page showed instead of what was expected.
import puppeteer, {
	type Browser,
	type ElementHandle,
	type KeyInput,
	type Page
} from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WAIT_MS = 15_000;

/** A headless Firefox; `profile` keeps its storage (and service worker) across launches. */
export function launchFirefox(
	options: { profile?: string; dark?: boolean } = {}
): Promise<Browser> {
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_PATH,
		headless: true,
		userDataDir: options.profile,
		// What the page reads as prefers-color-scheme (0 dark, 1 light): BiDi cannot emulate it.
		extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1 }
	});
}

/**
 * Waits until the stylesheets the page is loading have loaded. Every page loads the error page's
 * code and style early; leaving the page before that is done makes Firefox report the aborted
 * load as an error ("Unable to preload CSS"), which a person never sees.
 */
export async function settled(page: Page) {
	await page.waitForFunction(
		() =>
			[
				...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')
			].every((link) => link.sheet),
		{ timeout: WAIT_MS, polling: 100 }
	);
}

/** Page errors (uncaught exceptions) as they happen: a journey ends expecting none. */
export function pageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
	return errors;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Waits until a visible element matching `selector` has `text` as its whole text (or, for a
 * pattern, a text the pattern matches) and returns it; else fails naming what was there.
 */
export async function shows(
	page: Page,
	selector: string,
	text: string | RegExp,
	timeout = WAIT_MS
): Promise<ElementHandle<Element>> {
	const pattern =
		typeof text === 'string'
			? { source: `^${normalise(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' }
			: { source: text.source, flags: text.flags };
	try {
		const handle = await page.waitForFunction(
			(sel: string, source: string, flags: string) => {
				const re = new RegExp(source, flags);
				return (
					[...document.querySelectorAll(sel)].find(
						(el) =>
							el.checkVisibility() && re.test((el.textContent ?? '').replace(/\s+/g, ' ').trim())
					) ?? null
				);
			},
			{ timeout, polling: 100 },
			selector,
			pattern.source,
			pattern.flags
		);
		return handle as ElementHandle<Element>;
	} catch {
		const found = await page
			.$$eval(selector, (els) => els.map((el) => (el.textContent ?? '').trim().slice(0, 80)))
			.catch(() => []);
		throw new Error(
			`${page.url()}: expected ${selector} showing ${String(text)}; found ${JSON.stringify(found.slice(0, 8))}`
		);
	}
}

/**
 * The visible, enabled button or link whose name is `name`: its aria-label, else its text (hidden
 * text included, as screen readers read it). Found in the DOM: Firefox's accessibility queries
 * over BiDi are slow on long pages.
 */
export async function named(
	page: Page,
	role: 'button' | 'link',
	name: string,
	timeout = WAIT_MS
): Promise<ElementHandle<Element>> {
	try {
		const handle = await page.waitForFunction(
			(selector: string, wanted: string) =>
				[...document.querySelectorAll<HTMLButtonElement>(selector)].find(
					(el) =>
						el.checkVisibility() &&
						!el.disabled &&
						(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim() ===
							wanted
				) ?? null,
			{ timeout, polling: 100 },
			role === 'button' ? 'button' : 'a[href]',
			normalise(name)
		);
		return handle as ElementHandle<Element>;
	} catch {
		throw new Error(`${page.url()}: no ${role} named “${name}”`);
	}
}

/** Clicks the button or link named `name` once it is there. */
export async function click(page: Page, role: 'button' | 'link', name: string) {
	await (await named(page, role, name)).click();
}

/**
 * Presses a key (' ' for Space) and waits until the page has handled it: over BiDi the press
 * can return before Firefox has moved focus or toggled a box.
 */
export async function press(page: Page, key: KeyInput) {
	await page.keyboard.press(key);
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/** Presses Tab (up to 150 times) until `target` has focus. */
export async function tabTo(page: Page, target: ElementHandle<Element>) {
	for (let i = 0; i < 150; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await press(page, 'Tab');
	}
	throw new Error(
		`could not reach ${await target.evaluate((el) => el.outerHTML.slice(0, 120))} with Tab`
	);
}

/** Tabs to the button with this accessible name and presses Enter: keyboard only. */
export async function pressButton(page: Page, name: string) {
	await tabTo(page, await named(page, 'button', name));
	await press(page, 'Enter');
}
