// Opening the database, and what happens when the browser takes it away while the app runs.
import { AppDatabase } from './db';

export type Opened = { db: AppDatabase; reason?: undefined } | { db?: undefined; reason: string };

/** Why saving stopped after the database had opened; `reload` when a reload fixes it. */
export interface Interruption {
	message: string;
	reload: boolean;
}

const NOT_KEPT = 'so progress will not be kept after you close the page.';

export const interruptions = {
	upgraded:
		'The app was updated in another tab, so this tab has stopped saving. Reload the page to carry on: everything saved so far is kept.',
	deleted:
		'Your saved progress was deleted in another tab. Reload the page to start again with empty storage.',
	closed:
		'The browser closed the app’s storage (site data may have been cleared). Reload the page to carry on saving.',
	blocked:
		'The app needs to update its storage, but another tab of the app is still using the old version. Close the other tabs of this app (or reload them), and this page will carry on.'
} as const;

/**
 * Opens IndexedDB; where it is missing or fails (private browsing), says why, so the app can
 * run from memory. `onInterrupt` hears about later trouble: another tab upgrading or deleting the database (this tab lets go at once so the other is never blocked),
 * the browser closing it, or an old tab blocking this one's upgrade.
 */
export async function openDatabase(
	name?: string,
	onInterrupt: (what: Interruption) => void = () => {}
): Promise<Opened> {
	if (typeof indexedDB === 'undefined' || indexedDB === null)
		return { reason: `This browser does not offer storage to the app, ${NOT_KEPT}` };
	try {
		const db = new AppDatabase(name);
		let letGo = false;
		db.on('versionchange', (event) => {
			letGo = true;
			db.close({ disableAutoOpen: true });
			onInterrupt({
				message: event.newVersion === null ? interruptions.deleted : interruptions.upgraded,
				reload: true
			});
			return false;
		});
		db.on('close', () => {
			if (!letGo) onInterrupt({ message: interruptions.closed, reload: true });
		});
		db.on('blocked', () => onInterrupt({ message: interruptions.blocked, reload: false }));
		await db.open();
		return { db };
	} catch (error) {
		// Dexie opens a database a newer version has upgraded, so what lands here is a browser
		// that refuses storage (private browsing) or a broken profile.
		return {
			reason: `Storage could not be opened (${(error as Error)?.name ?? 'Error'}), ${NOT_KEPT}`
		};
	}
}
