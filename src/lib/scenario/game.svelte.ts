// Rune adapter: exposes a GameSession's snapshot as reactive state for components. Only choose()
// and restart() move the machine, so the snapshot is copied after them, not subscribed to.
import type { ScenarioSnapshot } from './machine';
import type { GameSession } from './session';

const SHOW_WITHIN_MS = 50;

export class LiveGame {
	snapshot = $state.raw<ScenarioSnapshot>();
	saveError = $state<string>();

	constructor(readonly session: GameSession) {
		this.snapshot = session.snapshot;
	}

	/**
	 * Takes a choice. The machine moves at once and the step is written; the page shows the next
	 * situation once the write is done (a millisecond or two), so drawing the new page does not
	 * hold up the save. A slow disk holds the page back by SHOW_WITHIN_MS at most. `saved`
	 * settles when the step is stored (or has failed, with saveError set).
	 */
	async choose(choice: string): Promise<{ moved: boolean; saved: Promise<void> }> {
		const before = this.session.snapshot;
		const saved = this.session.choose(choice).then(() => {
			// Read by the benchmark (npm run bench): the moment a choice is safely stored.
			performance.mark('choice-saved');
			this.saveError = this.session.saveError;
			// Asked once, after the first finished game: loaded then, not with the page.
			if (this.session.snapshot.status === 'done')
				void import('../storage/persist').then((p) => p.askOnceToKeepStorage());
		});
		if (this.session.snapshot === before) return { moved: false, saved };
		await Promise.race([saved, new Promise((wait) => setTimeout(wait, SHOW_WITHIN_MS))]);
		this.snapshot = this.session.snapshot;
		return { moved: true, saved };
	}

	async restart() {
		await this.session.restart();
		this.snapshot = this.session.snapshot;
		this.saveError = this.session.saveError;
	}

	destroy() {
		this.session.actor.stop();
	}
}
