// Persistent storage: without it, a browser short of space may delete the app's data. The app
// asks once, after the student's first real progress (a finished scenario or quiz), because an
// ask on the first visit is refused by browsers that judge by how much a site has been used.
import { storageStatus } from './status.svelte';

const ASKED = 'persist-asked';

export interface StorageState {
	/** Undefined where the browser cannot tell. */
	persistent?: boolean;
	usage?: number;
	quota?: number;
}

export async function storageState(): Promise<StorageState> {
	const storage = globalThis.navigator?.storage;
	if (!storage) return {};
	const [persistent, estimate] = await Promise.all([
		storage.persisted?.().catch(() => undefined),
		storage.estimate?.().catch(() => undefined)
	]);
	return { persistent, usage: estimate?.usage, quota: estimate?.quota };
}

/** Longer than a browser takes to decide by itself: past it, the browser is asking the person. */
export const PROMPT_AFTER_MS = 400;

/**
 * Asks the browser to keep this app's storage; resolves to whether it now will. Chromium decides
 * at once; Firefox asks the person in a prompt by the address bar and answers only when they
 * choose. `onprompt` is called when no answer has come within PROMPT_AFTER_MS, so that the page
 * can say the browser is asking rather than show nothing.
 */
export async function keepStorage(onprompt?: () => void): Promise<boolean> {
	const timer = onprompt ? setTimeout(onprompt, PROMPT_AFTER_MS) : undefined;
	try {
		return (await navigator.storage?.persist?.()) ?? false;
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
	}
}

/** After real progress: asks for persistent storage, once per device. */
export async function askOnceToKeepStorage(): Promise<void> {
	try {
		if (localStorage.getItem(ASKED) || (await navigator.storage?.persisted?.())) return;
		localStorage.setItem(ASKED, new Date().toISOString());
		await keepStorage(() => (storageStatus.askingToKeep = true));
	} catch {
		// No storage API, or localStorage blocked: nothing to ask, and nothing is lost.
	} finally {
		storageStatus.askingToKeep = false;
	}
}

/** "1.2 MB" */
export function formatBytes(bytes: number): string {
	const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
