// Where quiz attempts, answers and review schedules are kept: IndexedDB through Dexie, or
// memory when IndexedDB is missing or fails. Records are checked on the way out, as for runs.
import type { AnswerRecord, AppDatabase, AttemptRecord, CardRecord } from './db';
import { AnswerShape, AttemptShape } from './records';
import { checkRecords } from './runs';

export interface StudyStore {
	readonly persistent: boolean;
	/** Attempts, oldest first, with plain messages about any set aside as unreadable. */
	attempts(quizId?: string): Promise<{ attempts: AttemptRecord[]; problems: string[] }>;
	answers(attemptId: string): Promise<{ answers: AnswerRecord[]; problems: string[] }>;
	putAttempt(attempt: AttemptRecord): Promise<void>;
	/** An answer, its attempt's progress and the question's new schedule, in one transaction. */
	saveAnswer(answer: AnswerRecord, attempt: AttemptRecord, card: CardRecord): Promise<void>;
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

	async putAttempt(attempt: AttemptRecord) {
		await this.db.attempts.put(attempt);
	}

	async saveAnswer(answer: AnswerRecord, attempt: AttemptRecord, card: CardRecord) {
		const { db } = this;
		await db.transaction('rw', db.answers, db.attempts, db.cards, async () => {
			await db.answers.put(answer);
			await db.attempts.put(attempt);
			await db.cards.put(card);
		});
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

	async putAttempt(attempt: AttemptRecord) {
		this.attemptMap.set(attempt.id, structuredClone(attempt));
	}

	async saveAnswer(answer: AnswerRecord, attempt: AttemptRecord, card: CardRecord) {
		this.answerMap.set(answer.id, structuredClone(answer));
		this.attemptMap.set(attempt.id, structuredClone(attempt));
		this.cardMap.set(card.questionId, structuredClone(card));
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
