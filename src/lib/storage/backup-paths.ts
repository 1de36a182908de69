// Merging two copies of one record that holds a path of choices (a saved game, a class play):
// the device's and the backup file's. A path is the record of what was played, so the one that
// extends the other wins, whatever the clocks say, and two paths that went different ways are
// both kept. The choice between those two is the same on every device, so that two devices
// importing each other's backups end up alike.
import { crcText } from '../classroom/bytes';

type Steps = readonly { situation: string; choice: string }[];

const stepKeys = (steps: Steps) => steps.map((s) => JSON.stringify([s.situation, s.choice]));

/** True when `longer` is `shorter` with more steps after it (or the same). */
const extendsPath = (longer: string[], shorter: string[]) =>
	longer.length >= shorter.length && shorter.every((s, i) => longer[i] === s);

/**
 * How the file's path relates to the device's: the same, one extending the other, or different
 * ways, with the one that stays under the record's key (the longer, at one length the greater).
 */
export function comparePaths(
	incoming: Steps,
	existing: Steps
): 'same' | 'incoming' | 'existing' | { diverged: 'incoming' | 'existing' } {
	const a = stepKeys(incoming);
	const b = stepKeys(existing);
	if (a.length === b.length && extendsPath(a, b)) return 'same';
	if (extendsPath(a, b)) return 'incoming';
	if (extendsPath(b, a)) return 'existing';
	const greater = a.length !== b.length ? a.length > b.length : a.join() > b.join();
	return { diverged: greater ? 'incoming' : 'existing' };
}

/** The key of the copy kept beside: the same for the same path on every device. */
export const besideKey = (key: string, steps: Steps) => `${key}~${crcText(stepKeys(steps).join())}`;
