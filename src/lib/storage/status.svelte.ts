// What the layout tells the student about storage: progress kept in memory only, saving
// stopped because another tab or the browser took the database away, or the browser asking
// them whether to keep the app's data.
import type { Interruption } from './open';

class StorageStatus {
	message = $state<string>();
	/** True when reloading the page is the way out. */
	reload = $state(false);
	/** The browser is asking the person whether to keep the app's storage (Firefox's prompt). */
	askingToKeep = $state(false);

	report({ message, reload }: Interruption) {
		this.message = message;
		this.reload = reload;
	}
}

export const storageStatus = new StorageStatus();
