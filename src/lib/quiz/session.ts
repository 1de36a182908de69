// A student's go at a quiz: which questions, in which order, what they answered. Each answer
// is saved at once with its score and the question's new review schedule, so a reload or a
// crash loses nothing; an unfinished attempt is resumed where it stopped.
import type { Question } from '../content/types';
import type { AnswerRecord, AttemptRecord, QuizMode } from '../storage/db';
import type { Start, StudyStore } from '../storage/study';
import { newSeed, shuffle } from './layout';
import { scoreAnswer, type Response } from './scoring';
import { newId, saveFailure } from '../storage/save';
import { isStale } from '../storage/stale';

export const MIXED_QUIZ = 'mixed';
export const REVIEW_QUIZ = 'review';
/** Questions in a mixed quiz, and at most in one review session. */
export const SESSION_SIZE = 20;

/** A question as a draw needs it: its id and its topic (the quiz it belongs to). */
export type PoolEntry = Pick<Question, 'id' | 'quiz'>;

/**
 * The questions a quiz draws from when they are not all at hand (the mixed quiz): the ids with
 * their topics, and how to load the questions of an attempt (from each question's own file).
 * The questions an attempt shows are loaded when it begins or is opened, not before.
 */
export interface QuestionPool {
	entries: readonly PoolEntry[];
	load: (ids: readonly string[]) => Promise<readonly Question[]>;
}

/**
 * The questions of a new attempt, in the order shown. A topic quiz shows all its questions;
 * a mixed quiz draws SESSION_SIZE, taking topics in turn so that every topic is represented.
 */
export function pickQuestions(quizId: string, questions: readonly PoolEntry[], seed: number) {
	const shuffled = shuffle(questions, seed);
	if (quizId !== MIXED_QUIZ) return shuffled.map((q) => q.id);
	const byTopic = new Map<string, PoolEntry[]>();
	for (const q of shuffled) byTopic.set(q.quiz, [...(byTopic.get(q.quiz) ?? []), q]);
	const picked: string[] = [];
	for (let round = 0; picked.length < Math.min(SESSION_SIZE, questions.length); round++)
		for (const list of byTopic.values()) {
			const q = list[round];
			if (q && picked.length < SESSION_SIZE) picked.push(q.id);
		}
	return shuffle(picked, seed + 1);
}

function isPool(questions: readonly Question[] | QuestionPool): questions is QuestionPool {
	return !Array.isArray(questions);
}

export interface Outcome {
	answered: number;
	correct: number;
	/** Sum of scores, with partial credit. */
	points: number;
	total: number;
}

export class QuizSession {
	/** The attempt on screen: the active one, or a finished one being reviewed. */
	attempt?: AttemptRecord;
	answers = new Map<string, AnswerRecord>();
	/** Finished attempts of this quiz, oldest first. */
	history: AttemptRecord[] = [];
	problems: string[] = [];
	saveError?: string;
	/**
	 * True once a write found the quiz moved on in another tab (an answer given there, the attempt
	 * finished or a new one begun): nothing was written. Open the quiz again to go on.
	 */
	stale = false;
	/** The quiz's active attempt as this tab last read or wrote it, whatever is on screen. */
	private active?: AttemptRecord;
	/** An attempt begun while the disk was full: stored with its first answer that can be. */
	private unstored?: Start;
	private readonly byId: Map<string, Question>;
	/** What a new attempt draws from: every question, or a pool's entries. */
	private readonly entries: readonly PoolEntry[];
	private readonly load?: QuestionPool['load'];

	private constructor(
		readonly quizId: string,
		private readonly questionsGiven: readonly Question[] | QuestionPool,
		readonly store: StudyStore
	) {
		const pool = isPool(questionsGiven) ? questionsGiven : undefined;
		this.byId = new Map(pool ? [] : (questionsGiven as Question[]).map((q) => [q.id, q]));
		this.entries = pool ? pool.entries : (questionsGiven as Question[]);
		this.load = pool?.load;
	}

	/**
	 * Loads those of these questions not at hand yet (from a pool). Throws when they cannot be
	 * loaded (offline and not cached): nothing is changed or stored then.
	 */
	private async have(ids: readonly string[]) {
		const wanted = ids.filter((id) => !this.byId.has(id));
		if (!this.load || wanted.length === 0) return;
		for (const q of await this.load(wanted)) this.byId.set(q.id, q);
	}

	/**
	 * Opens the quiz with its active attempt, if there is one. Given a pool, the active attempt's
	 * questions are loaded now; when they cannot be, this throws and nothing is changed.
	 */
	static async open(
		quizId: string,
		questions: readonly Question[] | QuestionPool,
		store: StudyStore
	) {
		const session = new QuizSession(quizId, questions, store);
		const { attempts, problems } = await store.attempts(quizId);
		session.problems = problems;
		session.history = attempts.filter((a) => a.status === 'finished');
		// The latest begun: two active attempts come only from earlier versions of the app.
		const active = attempts.filter((a) => a.status === 'active').at(-1);
		session.active = active;
		if (active) await session.show(active);
		return session;
	}

	/**
	 * The quiz with no attempt on screen, for a page that could not load the saved one: every
	 * active attempt is set aside as it is stored (kept, marked abandoned); nothing is read.
	 */
	static async startAgain(
		quizId: string,
		questions: readonly Question[] | QuestionPool,
		store: StudyStore
	) {
		await store.abandonActive(quizId);
		return new QuizSession(quizId, questions, store);
	}

	/**
	 * A practice round of these questions, begun at once. Given a store of its own in memory
	 * (a new MemoryStudyStore), none of its answers is stored with the student's work, so it
	 * changes no attempt's score and no question's review schedule.
	 */
	static async practiceRound(quizId: string, questions: readonly Question[], store: StudyStore) {
		const session = new QuizSession(quizId, questions, store);
		await session.start(
			'practice',
			questions.map((q) => q.id)
		);
		return session;
	}

	/** The same quiz read again from the store, as a new session. */
	reopen() {
		return QuizSession.open(this.quizId, this.questionsGiven, this.store);
	}

	private async show(attempt: AttemptRecord) {
		await this.have(attempt.questionIds);
		this.attempt = attempt;
		const { answers, problems } = await this.store.answers(attempt.id);
		this.problems = [...this.problems, ...problems];
		this.answers = new Map(answers.map((a) => [a.questionId, a]));
	}

	/** Shows a finished attempt for review. */
	async review(attemptId: string) {
		const attempt = this.history.find((a) => a.id === attemptId);
		if (attempt) await this.show(attempt);
		return attempt !== undefined;
	}

	/** Puts the attempt on screen away (a finished one stays in the history). */
	close() {
		this.attempt = undefined;
		this.answers = new Map();
	}

	/** The attempt's questions that still exist, in the order shown. */
	get questions(): Question[] {
		return (this.attempt?.questionIds ?? []).flatMap((id) => this.byId.get(id) ?? []);
	}

	/** Questions of the attempt removed from the content since it began. */
	get missing(): string[] {
		return (this.attempt?.questionIds ?? []).filter((id) => !this.byId.has(id));
	}

	/** Index of the first unanswered question; -1 when all are answered. */
	get current(): number {
		return this.questions.findIndex((q) => !this.answers.has(q.id));
	}

	get outcome(): Outcome {
		const answers = this.questions.flatMap((q) => this.answers.get(q.id) ?? []);
		return {
			answered: answers.length,
			correct: answers.filter((a) => a.correct).length,
			points: answers.reduce((sum, a) => sum + a.score, 0),
			total: this.questions.length
		};
	}

	/** Starts a new attempt; an unfinished one is kept, marked abandoned. */
	async start(mode: QuizMode, questionIds?: string[], now = Date.now()) {
		if (this.stale) return;
		// The scheduler is needed from the first answer: fetch it now, while the student reads.
		void import('./review');
		const seed = newSeed();
		const picked = questionIds ?? pickQuestions(this.quizId, this.entries, seed);
		// From a pool, the attempt's questions are loaded first: if they cannot be, this throws
		// before anything is stored, and the attempt on screen (if any) stays as it was.
		await this.have(picked);
		if (this.stale) return;
		const attempt: AttemptRecord = {
			id: newId(),
			quizId: this.quizId,
			mode,
			seed,
			questionIds: picked,
			status: 'active',
			startedAt: now,
			updatedAt: now
		};
		// The active attempt this tab knew of is kept, marked abandoned: at most one is active.
		const start: Start = { attempt, replacing: this.active };
		const started = await this.save(() => this.store.startAttempt(start), 'new attempt');
		if (this.stale) return;
		this.attempt = attempt;
		this.answers = new Map();
		if (started) this.active = attempt;
		// Not stored (a full disk): the attempt goes on, and is stored with its first answer.
		this.unstored = started ? undefined : start;
	}

	/** Scores and saves an answer, with the question's new review schedule. */
	async answer(questionId: string, response: Response, now = Date.now()): Promise<AnswerRecord> {
		const question = this.byId.get(questionId);
		const attempt = this.attempt;
		if (!question || attempt?.status !== 'active' || !attempt.questionIds.includes(questionId))
			throw new Error(`No open attempt has the question '${questionId}'`);
		const existing = this.answers.get(questionId);
		if (existing) return existing;
		const { score, correct } = scoreAnswer(question, response);
		const answer: AnswerRecord = {
			id: `${attempt.id}:${questionId}`,
			attemptId: attempt.id,
			questionId,
			version: question.version,
			response,
			score,
			correct,
			at: now
		};
		if (this.stale) return answer;
		this.answers.set(questionId, answer);
		this.attempt = { ...attempt, updatedAt: Math.max(attempt.updatedAt, now) };
		const start = this.unstored;
		const saved = await this.save(async () => {
			// The scheduler (ts-fsrs) loads with the first answer, not with the page.
			const { reschedule } = await import('./review');
			await this.store.saveAnswer(
				answer,
				(card) => reschedule(card, questionId, score, now),
				start
			);
		});
		// Not saved: the other tab's answer stands, and this one is not shown as given.
		if (this.stale) this.answers.delete(questionId);
		if (saved && start) {
			this.active = start.attempt;
			this.unstored = undefined;
		}
		return answer;
	}

	async finish(now = Date.now()) {
		if (this.stale || !this.attempt || this.attempt.status !== 'active') return;
		const finished: AttemptRecord = {
			...this.attempt,
			status: 'finished',
			finishedAt: now,
			updatedAt: now
		};
		const start = this.unstored;
		const saved = await this.save(async () => {
			if (start) await this.store.startAttempt(start);
			await this.store.finishAttempt(finished.id, now);
		}, 'result');
		if (this.stale) return;
		// Stored as finished: no attempt is active. (Not stored, a full disk: the stored one is.)
		if (saved) this.active = this.unstored = undefined;
		this.attempt = finished;
		this.history = [...this.history, finished];
	}

	/** Runs a write; true when it was stored. A failure is kept in saveError or `stale`. */
	private async save(write: () => Promise<void>, what = 'answer') {
		try {
			await write();
			this.saveError = undefined;
			return true;
		} catch (error) {
			if (isStale(error)) this.stale = true;
			else this.saveError = saveFailure(error, what);
			return false;
		}
	}
}
