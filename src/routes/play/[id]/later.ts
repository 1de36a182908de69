// What the play page needs after its first screen, in one chunk (each chunk the page can load
// costs its first load a few bytes): what a choice led to and the path so far (from the first
// choice on), the advisers (when the student asks to hear them), and what is needed only when a
// game cannot go on as it is: the "start again?" dialog, and the words for a saved game that
// cannot be loaded, moved on in another tab, or replayed on a new version of the scenario.
export { default as Advisers } from './Advisers.svelte';
export { default as Outcome } from './Outcome.svelte';
export { default as PathSoFar } from './PathSoFar.svelte';
export { default as Replayed } from './Replayed.svelte';
export { default as RestartDialog } from './RestartDialog.svelte';
export { default as Trouble } from './Trouble.svelte';
