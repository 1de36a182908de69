// Rune adapter: exposes a GameSession's snapshot as reactive state for components.
import type { Subscription } from 'xstate';
import { askOnceToKeepStorage } from '../storage/persist';
import type { ScenarioSnapshot } from './machine';
import type { GameSession } from './session';

export class LiveGame {
	snapshot = $state.raw<ScenarioSnapshot>();
	saveError = $state<string>();
	private subscription?: Subscription;

	constructor(readonly session: GameSession) {
		this.follow();
	}

	private follow() {
		this.subscription?.unsubscribe();
		this.snapshot = this.session.snapshot;
		this.subscription = this.session.actor.subscribe((s) => (this.snapshot = s));
	}

	async choose(choice: string) {
		const ok = await this.session.choose(choice);
		// Read by the benchmark (npm run bench): the moment a choice is safely stored.
		performance.mark('choice-saved');
		this.saveError = this.session.saveError;
		if (this.snapshot?.status === 'done') void askOnceToKeepStorage();
		return ok;
	}

	async restart() {
		await this.session.restart();
		this.follow();
		this.saveError = this.session.saveError;
	}

	destroy() {
		this.subscription?.unsubscribe();
		this.session.actor.stop();
	}
}
