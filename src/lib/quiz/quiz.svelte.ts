// Rune adapter: a QuizSession's attempt, answers and history as reactive state.
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps here are copies, replaced whole in $state.raw and never mutated */
import type { AnswerRecord, AttemptRecord, QuizMode } from '../storage/db';
import type { Response } from './scoring';
import type { QuizSession } from './session';

export class LiveQuiz {
	attempt = $state.raw<AttemptRecord>();
	answers = $state.raw<ReadonlyMap<string, AnswerRecord>>(new Map());
	history = $state.raw<AttemptRecord[]>([]);
	saveError = $state<string>();

	constructor(readonly session: QuizSession) {
		this.sync();
	}

	private sync() {
		this.attempt = this.session.attempt;
		this.answers = new Map(this.session.answers);
		this.history = this.session.history;
		this.saveError = this.session.saveError;
	}

	/** Reads derived from the session; they change whenever the state above does. */
	get questions() {
		void this.attempt;
		return this.session.questions;
	}
	get current() {
		void this.answers;
		return this.session.current;
	}
	get outcome() {
		void this.answers;
		return this.session.outcome;
	}

	async start(mode: QuizMode, questionIds?: string[]) {
		await this.session.start(mode, questionIds);
		this.sync();
	}

	async answer(questionId: string, response: Response) {
		const answer = await this.session.answer(questionId, response);
		this.sync();
		return answer;
	}

	async finish() {
		await this.session.finish();
		this.sync();
		// Asked once, after the first finished quiz: loaded then, not with the page.
		void import('../storage/persist').then((p) => p.askOnceToKeepStorage());
	}

	async review(attemptId: string) {
		const found = await this.session.review(attemptId);
		this.sync();
		return found;
	}

	close() {
		this.session.close();
		this.sync();
	}
}
