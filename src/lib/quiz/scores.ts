// What the quiz list and the results page need from saved attempts: each quiz's last score,
// and the questions an attempt got wrong (for a practice round of them).
import type { AnswerRecord, AttemptRecord } from '../storage/db';

export interface LastScore {
	attemptId: string;
	/** Questions answered fully right. */
	correct: number;
	/** The attempt's questions that are still in the app. */
	total: number;
	/** When the attempt was finished. */
	at: number;
}

/** Each quiz's most recently finished attempt, by quiz id; a quiz never finished has none. */
export function latestFinished(
	attempts: readonly AttemptRecord[],
	quizIds: readonly string[]
): Map<string, AttemptRecord> {
	const wanted = new Set(quizIds);
	const latest = new Map<string, AttemptRecord>();
	for (const a of attempts) {
		if (a.status !== 'finished' || !wanted.has(a.quizId)) continue;
		const known = latest.get(a.quizId);
		if (!known || finishedAt(a) > finishedAt(known)) latest.set(a.quizId, a);
	}
	return latest;
}

const finishedAt = (a: AttemptRecord) => a.finishedAt ?? a.updatedAt;

/**
 * An attempt's score as its results page shows it: questions fully right out of its questions
 * still in the app (`known`: every question id the app has).
 */
export function scoreOf(
	attempt: AttemptRecord,
	answers: readonly AnswerRecord[],
	known: ReadonlySet<string>
): LastScore {
	const questionIds = attempt.questionIds.filter((id) => known.has(id));
	const right = new Set(answers.filter((a) => a.correct).map((a) => a.questionId));
	return {
		attemptId: attempt.id,
		correct: questionIds.filter((id) => right.has(id)).length,
		total: questionIds.length,
		at: finishedAt(attempt)
	};
}

/**
 * The questions of an attempt not answered fully right (partly right and unanswered count as
 * missed), in the order the attempt showed them.
 */
export function missedQuestions<Q extends { id: string }>(
	questions: readonly Q[],
	answers: ReadonlyMap<string, Pick<AnswerRecord, 'correct'>>
): Q[] {
	return questions.filter((q) => answers.get(q.id)?.correct !== true);
}
