// Asking for persistent storage: a browser that answers at once (Chromium) shows nothing; one
// that asks the person first (Firefox's prompt) is said to be asking until the person answers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askOnceToKeepStorage, keepStorage, PROMPT_AFTER_MS } from '../../src/lib/storage/persist';
import { storageStatus } from '../../src/lib/storage/status.svelte';

/** A browser whose persist() answers only when `answer` is called. */
function promptingBrowser() {
	let answer: (granted: boolean) => void = () => {};
	const persist = vi.fn(() => new Promise<boolean>((done) => (answer = done)));
	vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
	return { persist, answer: (granted: boolean) => answer(granted) };
}

beforeEach(() => {
	vi.useFakeTimers();
	const items = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	});
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
	storageStatus.askingToKeep = false;
});

describe('keepStorage', () => {
	it('says nothing when the browser answers at once', async () => {
		vi.stubGlobal('navigator', { storage: { persist: async () => true } });
		const onprompt = vi.fn();
		await expect(keepStorage(onprompt)).resolves.toBe(true);
		await vi.advanceTimersByTimeAsync(PROMPT_AFTER_MS * 2);
		expect(onprompt).not.toHaveBeenCalled();
	});

	it('says the browser is asking when no answer comes within a moment, then gives the answer', async () => {
		const browser = promptingBrowser();
		const onprompt = vi.fn();
		const granted = keepStorage(onprompt);
		await vi.advanceTimersByTimeAsync(PROMPT_AFTER_MS - 1);
		expect(onprompt).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(onprompt).toHaveBeenCalledOnce();
		browser.answer(false);
		await expect(granted).resolves.toBe(false);
	});
});

describe('askOnceToKeepStorage', () => {
	it('shows that the browser is asking while its prompt is open, and only then', async () => {
		const browser = promptingBrowser();
		const asked = askOnceToKeepStorage();
		await vi.advanceTimersByTimeAsync(0);
		expect(browser.persist).toHaveBeenCalledOnce();
		expect(storageStatus.askingToKeep).toBe(false);
		await vi.advanceTimersByTimeAsync(PROMPT_AFTER_MS);
		expect(storageStatus.askingToKeep).toBe(true);
		browser.answer(true);
		await asked;
		expect(storageStatus.askingToKeep).toBe(false);

		// Once per device: a second finished game does not ask again.
		await askOnceToKeepStorage();
		expect(browser.persist).toHaveBeenCalledOnce();
	});
});
