// Rune adapter: exposes a GameSession's snapshot as reactive state for components. Only choose()
// and restart() move the machine, so the snapshot is copied after them, not subscribed to.
import type { ScenarioSnapshot } from './machine';
import type { GameSession } from './session';

const SHOW_WITHIN_MS = 50;

export class LiveGame {
	snapshot = $state.raw<ScenarioSnapshot>();
	saveError = $state<string>();
	/** True when another tab moved the saved game on: this tab's last step was not saved. */
	stale = $state(false);

	constructor(readonly session: GameSession) {
		this.snapshot = session.snapshot;
		this.stale = session.stale;
	}

	/**
	 * Takes a choice. The machine moves at once and the step is written; the page shows the next
	 * situation once the write is done (a millisecond or two), so drawing the new page does not
	 * hold up the save. A slow disk holds the page back by SHOW_WITHIN_MS at most. `saved`
	 * settles when the step is stored (or has failed, with saveError or stale set).
	 */
	async choose(choice: string): Promise<{ moved: boolean; saved: Promise<void> }> {
		const { session } = this;
		const before = session.snapshot;
		const saved = session.choose(choice).then(() => {
			// Read by the benchmark (npm run bench): the moment a choice is safely stored.
			performance.mark('choice-saved');
			this.saveError = session.saveError;
			this.stale = session.stale;
			// Asked once, after the first finished game: loaded then, not with the page.
			if (session.snapshot.status === 'done' && !session.stale)
				void import('../storage/persist').then((p) => p.askOnceToKeepStorage());
		});
		if (session.snapshot === before) return { moved: false, saved };
		await Promise.race([saved, new Promise((wait) => setTimeout(wait, SHOW_WITHIN_MS))]);
		// A step another tab's save refused is not shown as taken.
		if (session.stale) return { moved: false, saved };
		this.snapshot = session.snapshot;
		return { moved: true, saved };
	}

	async restart() {
		await this.session.restart();
		this.snapshot = this.session.snapshot;
		this.saveError = this.session.saveError;
		this.stale = this.session.stale;
	}

	destroy() {
		this.session.actor.stop();
	}
}
