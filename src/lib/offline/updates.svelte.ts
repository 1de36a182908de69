// Tells the page when a new version of the app has been downloaded by the service worker and is
// waiting, and switches to it only when the student says so. Progress is saved after every step,
// so the reload that follows loses nothing.
class AppUpdate {
	/** A new version is installed and waiting for the student's go-ahead. */
	ready = $state(false);
	/** The service worker controls this page: everything needed offline is cached. */
	offline = $state(false);
	private waiting?: ServiceWorker;
	private applying = false;
	private watching = false;

	async watch() {
		if (this.watching || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
			return;
		this.watching = true;
		const container = navigator.serviceWorker;
		container.addEventListener('controllerchange', () => {
			this.offline = true;
			if (this.applying) location.reload();
		});
		const registration = await container.ready;
		this.offline = container.controller !== null;
		// A worker that finishes installing while another controls the page is a new version.
		const offer = (worker: ServiceWorker | null) => {
			if (!worker || !container.controller) return;
			this.waiting = worker;
			this.ready = true;
		};
		offer(registration.waiting);
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') offer(worker);
			});
		});
		// Phones keep a class's tab open for days: look for a new version when it comes back.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.check();
		});
	}

	/** Asks the host for a new version now; false when offline or unsupported. */
	async check(): Promise<boolean> {
		try {
			const registration = await navigator.serviceWorker?.getRegistration();
			if (!registration) return false;
			await registration.update();
			return true;
		} catch {
			return false;
		}
	}

	apply() {
		if (!this.waiting) return;
		this.applying = true;
		this.waiting.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const appUpdate = new AppUpdate();
