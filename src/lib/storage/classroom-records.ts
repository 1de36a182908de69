// The classroom tables' records, apart from the others so that pages which only save progress
// do not load the assignment and result formats.
import { AssignmentShape } from '../classroom/assignment';
import { ResultShape } from '../classroom/result';
import type { AssignmentRecord, HandinRecord, ResultRecord } from './db';
import { id, matching, number, object, oneOf, optional } from './shape';

// In a module of its own, so that the teacher's class play page loads it without the formats.
export { ClassPlayRecordShape } from './class-play-records';

export const AssignmentRecordShape = object<AssignmentRecord>(
	{
		key: id,
		role: oneOf(['teacher', 'student']),
		assignmentId: id,
		assignment: AssignmentShape,
		code: id,
		savedAt: number
	},
	(r) =>
		r.key === `${r.role}:${r.assignmentId}` && r.assignment.id === r.assignmentId
			? undefined
			: 'its key does not match its role and assignment'
);

export const ResultRecordShape = object<ResultRecord>(
	{ id, assignmentId: id, result: ResultShape, importedAt: number },
	(r) =>
		r.result.id === r.id && r.result.assignmentId === r.assignmentId
			? undefined
			: 'its id does not match its result'
);

export const HandinRecordShape = object<HandinRecord>(
	{
		id,
		assignmentId: id,
		result: ResultShape,
		code: matching(/^R\d+\./),
		attemptId: optional(id),
		handedAt: number
	},
	(r) =>
		r.result.id === r.id && r.result.assignmentId === r.assignmentId
			? undefined
			: 'its id does not match its result'
);
