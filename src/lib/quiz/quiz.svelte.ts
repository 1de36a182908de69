// Rune adapter: a QuizSession's attempt, answers and history as reactive state.
/* eslint-disable svelte/prefer-svelte-reactivity -- the maps here are copies, replaced whole in $state.raw and never mutated */
import type { AnswerRecord, AttemptRecord, QuizMode } from '../storage/db';
import type { Response } from './scoring';
import { QuizSession } from './session';

export class LiveQuiz {
	attempt = $state.raw<AttemptRecord>();
	answers = $state.raw<ReadonlyMap<string, AnswerRecord>>(new Map());
	history = $state.raw<AttemptRecord[]>([]);
	saveError = $state<string>();
	/** True when another tab moved the quiz on: this tab's last answer or start was not saved. */
	stale = $state(false);
	problems = $state.raw<string[]>([]);

	session = $state.raw<QuizSession>()!;

	constructor(session: QuizSession) {
		this.session = session;
		this.sync();
	}

	private sync() {
		this.attempt = this.session.attempt;
		this.answers = new Map(this.session.answers);
		this.history = this.session.history;
		this.saveError = this.session.saveError;
		this.stale = this.session.stale;
		this.problems = this.session.problems;
	}

	/** Reads the quiz again as saved: after another tab moved it on. */
	async reload() {
		this.session = await this.session.reopen();
		this.sync();
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
