// What a stored saved game must look like, checked whenever one is read back: by the run store
// (a record that fails is set aside) and by a backup import (a file that holds one is refused).
// The quiz records are in study-records.ts, so that a scenario page does not load them.
import { array, id, number, object, oneOf, optional, string, unknown } from './shape';

const step = object({ situation: string, choice: string });

export const RunShape = object({
	id,
	scenarioId: id,
	status: oneOf(['active', 'finished', 'abandoned', 'superseded']),
	version: string,
	// The snapshot and the meters are copies of what `path` leads to, checked against it when the
	// game is opened (scenario/resume.ts), which rebuilds the game from its path when they do not
	// agree: a damaged copy does not make the run unreadable. A run saved before its first
	// choice has no snapshot; JSON leaves the key out.
	snapshot: optional(unknown),
	situation: string,
	meters: unknown,
	path: array(step),
	startedAt: number,
	updatedAt: number,
	finishedAt: optional(number),
	ending: optional(string)
});
