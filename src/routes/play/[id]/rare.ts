// What the play page needs only when a game cannot go on as it is, loaded together then: the
// "start again?" dialog, and the words for a saved game that cannot be loaded, moved on in
// another tab, or replayed on a new version of the scenario.
export { default as Replayed } from './Replayed.svelte';
export { default as RestartDialog } from './RestartDialog.svelte';
export { default as Trouble } from './Trouble.svelte';
