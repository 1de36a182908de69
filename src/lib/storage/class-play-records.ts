// A class play's record, as checked whenever one is read back (by the class play store and by a
// backup import).
import type { ClassPlayRecord } from './db';
import { array, count, id, number, object, oneOf, optional, record, string } from './shape';

export const ClassPlayRecordShape = object<ClassPlayRecord>({
	id,
	scenarioId: id,
	version: string,
	className: string,
	status: oneOf(['active', 'finished', 'abandoned']),
	steps: array(object({ situation: id, choice: id, votes: optional(record(count)) })),
	ending: optional(id),
	startedAt: number,
	updatedAt: number,
	finishedAt: optional(number)
});
