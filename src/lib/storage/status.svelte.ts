// What the layout tells the student about storage: progress kept in memory only, or saving
// stopped because another tab or the browser took the database away.
import type { Interruption } from './open';

class StorageStatus {
	message = $state<string>();
	/** True when reloading the page is the way out. */
	reload = $state(false);

	report({ message, reload }: Interruption) {
		this.message = message;
		this.reload = reload;
	}
}

export const storageStatus = new StorageStatus();
