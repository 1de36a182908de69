import { questionIds } from '$lib/server/content';

// The review deck can hold any question the student has met: the page carries only the ids of
// the questions that exist, and fetches those the student has met when it opens.
export const load = () => ({ questionIds: questionIds() });
