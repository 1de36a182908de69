// Rune adapter: a ClassSession's state for the page. Only decide() and undo() change it, so the
// state is copied after them.
import type { ClassReplay } from '$lib/scenario/class-play';
import type { ClassSession } from '$lib/scenario/class-session';
import type { ClassPlayRecord, ClassStep } from '$lib/storage/db';

export class LiveClassPlay {
	replay = $state.raw<ClassReplay>()!;
	record = $state.raw<ClassPlayRecord>()!;
	saveError = $state<string>();
	canUndo = $state(false);
	/** Another tab changed this play: this one writes nothing more (ClassSession.movedOn). */
	movedOn = $state(false);

	constructor(readonly session: ClassSession) {
		this.sync();
	}

	async decide(choice: string, votes?: Record<string, number>): Promise<boolean> {
		const moved = await this.session.decide(choice, votes);
		this.sync();
		return moved;
	}

	async undo(): Promise<ClassStep | undefined> {
		const step = await this.session.undo();
		this.sync();
		return step;
	}

	private sync() {
		this.replay = this.session.replay;
		this.record = this.session.record;
		this.saveError = this.session.saveError;
		this.canUndo = this.session.canUndo;
		this.movedOn = this.session.movedOn;
	}
}
