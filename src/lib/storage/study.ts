// Where quiz attempts, answers and review schedules are kept: IndexedDB through Dexie, or
// memory when IndexedDB is missing or fails. Records are checked on the way out, as for runs.
// Writes are compare-and-set, as for runs: an attempt open in two tabs never loses an answer
// to the other tab's outdated view (the write throws StaleWrite and changes nothing).
import type { AnswerRecord, AppDatabase, AttemptRecord, CardRecord } from './db';
import { AnswerShape, AttemptShape } from './study-records';
import { checkRecords } from './runs';
import { staleWrite } from './stale';

/** The question's new schedule, computed from the one stored (none before its first answer). */
export type Reschedule = (card: CardRecord | undefined) => CardRecord;

/** A new attempt, and the active attempt this tab knew of, which it sets aside. */
export interface Start {
	attempt: AttemptRecord;
	replacing?: AttemptRecord;
}

/**
 * Throws StaleWrite when another tab began an attempt this tab has not seen, or set aside the
 * one it knew of. `active`: the quiz's active attempts as stored. (Older duplicates, which only
 * earlier versions of the app could leave, are set aside with the one this tab knew of.)
 */
function checkStart({ attempt, replacing }: Start, active: AttemptRecord[]) {
	const others = active.filter((a) => a.id !== attempt.id && a.id !== replacing?.id);
	const known = !replacing || active.some((a) => a.id === replacing.id);
	if (!known || others.some((a) => !replacing || a.startedAt > replacing.startedAt))
		throw staleWrite();
}

/** Throws StaleWrite unless the attempt is still active and the question still unanswered. */
function checkAnswer(stored: unknown, given: unknown) {
	if ((stored as AttemptRecord | undefined)?.status !== 'active' || given !== undefined)
		throw staleWrite();
	return stored as AttemptRecord;
}

const progressed = (attempt: AttemptRecord, at: number): AttemptRecord => ({
	...attempt,
	updatedAt: Math.max(attempt.updatedAt, at)
});

export interface StudyStore {
	readonly persistent: boolean;
	/** Attempts, oldest first, with plain messages about any set aside as unreadable. */
	attempts(quizId?: string): Promise<{ attempts: AttemptRecord[]; problems: string[] }>;
	answers(attemptId: string): Promise<{ answers: AnswerRecord[]; problems: string[] }>;
	/**
	 * Stores a new attempt, setting aside (abandoned) the active attempt this tab knew of,
	 * `replacing`. Throws StaleWrite when the quiz's active attempts are not what this tab read.
	 */
	startAttempt(start: Start): Promise<void>;
	/**
	 * An answer, its attempt's progress and the question's new schedule, in one transaction.
	 * Throws StaleWrite when the attempt is no longer active or the question already answered.
	 */
	saveAnswer(answer: AnswerRecord, reschedule: Reschedule, start?: Start): Promise<void>;
	/** Marks an active attempt finished; throws StaleWrite when it is no longer active. */
	finishAttempt(attemptId: string, at: number): Promise<void>;
	/**
	 * Sets every active attempt of a quiz aside (abandoned), as stored, without reading it
	 * through its shape: for a page that cannot load the saved quiz and starts again.
	 */
	abandonActive(quizId: string): Promise<void>;
	card(questionId: string): Promise<CardRecord | undefined>;
	/** Schedules due at or before `until`. */
	due(until: number): Promise<CardRecord[]>;
	countDue(until: number): Promise<number>;
}

const byStart = (a: AttemptRecord, b: AttemptRecord) => a.startedAt - b.startedAt;

export class DexieStudyStore implements StudyStore {
	readonly persistent = true;
	constructor(readonly db: AppDatabase) {}

	async attempts(quizId?: string) {
		const raw: unknown[] = quizId
			? await this.db.attempts.where('quizId').equals(quizId).toArray()
			: await this.db.attempts.toArray();
		const { records, problems } = await checkRecords<AttemptRecord>(
			this.db,
			'attempts',
			raw,
			AttemptShape,
			'saved quiz'
		);
		return { attempts: records.sort(byStart), problems };
	}

	async answers(attemptId: string) {
		const raw = await this.db.answers.where('attemptId').equals(attemptId).toArray();
		const { records, problems } = await checkRecords<AnswerRecord>(
			this.db,
			'answers',
			raw,
			AnswerShape,
			'saved answer'
		);
		return { answers: records.sort((a, b) => a.at - b.at), problems };
	}

	async startAttempt(start: Start) {
		const { attempt } = start;
		const { attempts } = this.db;
		await this.db.transaction('rw', attempts, async () => {
			const active = await attempts
				.where('[quizId+status]')
				.equals([attempt.quizId, 'active'])
				.toArray();
			checkStart(start, active);
			for (const a of active)
				await attempts.put({ ...a, status: 'abandoned', updatedAt: attempt.startedAt });
			await attempts.put(attempt);
		});
	}

	async saveAnswer(answer: AnswerRecord, reschedule: Reschedule, start?: Start) {
		const { db } = this;
		await db.transaction('rw', db.answers, db.attempts, db.cards, async () => {
			if (start) await this.startAttempt(start);
			const [stored, given, card] = await Promise.all([
				db.attempts.get(answer.attemptId),
				db.answers.get(answer.id),
				db.cards.get(answer.questionId)
			]);
			const attempt = checkAnswer(stored, given);
			await db.answers.put(answer);
			await db.attempts.put(progressed(attempt, answer.at));
			await db.cards.put(reschedule(card));
		});
	}

	async finishAttempt(attemptId: string, at: number) {
		const { attempts } = this.db;
		await this.db.transaction('rw', attempts, async () => {
			const stored = checkAnswer(await attempts.get(attemptId), undefined);
			await attempts.put({ ...stored, status: 'finished', finishedAt: at, updatedAt: at });
		});
	}

	async abandonActive(quizId: string) {
		await this.db.attempts
			.where('[quizId+status]')
			.equals([quizId, 'active'])
			.modify({ status: 'abandoned', updatedAt: Date.now() });
	}

	card(questionId: string) {
		return this.db.cards.get(questionId);
	}

	due(until: number) {
		return this.db.cards.where('due').belowOrEqual(until).sortBy('due');
	}

	countDue(until: number) {
		return this.db.cards.where('due').belowOrEqual(until).count();
	}
}

export class MemoryStudyStore implements StudyStore {
	readonly persistent = false;
	private readonly attemptMap = new Map<string, AttemptRecord>();
	private readonly answerMap = new Map<string, AnswerRecord>();
	private readonly cardMap = new Map<string, CardRecord>();

	async attempts(quizId?: string) {
		const attempts = [...this.attemptMap.values()]
			.filter((a) => !quizId || a.quizId === quizId)
			.sort(byStart);
		return { attempts: structuredClone(attempts), problems: [] };
	}

	async answers(attemptId: string) {
		const answers = [...this.answerMap.values()]
			.filter((a) => a.attemptId === attemptId)
			.sort((a, b) => a.at - b.at);
		return { answers: structuredClone(answers), problems: [] };
	}

	async startAttempt(start: Start) {
		const { attempt } = start;
		const active = [...this.attemptMap.values()].filter(
			(a) => a.quizId === attempt.quizId && a.status === 'active'
		);
		checkStart(start, active);
		for (const a of active)
			this.attemptMap.set(a.id, { ...a, status: 'abandoned', updatedAt: attempt.startedAt });
		this.attemptMap.set(attempt.id, structuredClone(attempt));
	}

	async saveAnswer(answer: AnswerRecord, reschedule: Reschedule, start?: Start) {
		if (start) await this.startAttempt(start);
		const attempt = checkAnswer(
			this.attemptMap.get(answer.attemptId),
			this.answerMap.get(answer.id)
		);
		const card = reschedule(structuredClone(this.cardMap.get(answer.questionId)));
		this.answerMap.set(answer.id, structuredClone(answer));
		this.attemptMap.set(attempt.id, progressed(attempt, answer.at));
		this.cardMap.set(card.questionId, structuredClone(card));
	}

	async finishAttempt(attemptId: string, at: number) {
		const stored = checkAnswer(this.attemptMap.get(attemptId), undefined);
		this.attemptMap.set(attemptId, {
			...stored,
			status: 'finished',
			finishedAt: at,
			updatedAt: at
		});
	}

	async abandonActive(quizId: string) {
		for (const a of this.attemptMap.values())
			if (a.quizId === quizId && a.status === 'active')
				this.attemptMap.set(a.id, { ...a, status: 'abandoned', updatedAt: Date.now() });
	}

	async card(questionId: string) {
		return structuredClone(this.cardMap.get(questionId));
	}

	async due(until: number) {
		return [...this.cardMap.values()].filter((c) => c.due <= until).sort((a, b) => a.due - b.due);
	}

	async countDue(until: number) {
		return (await this.due(until)).length;
	}
}
