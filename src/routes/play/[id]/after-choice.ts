// What the play page needs from the first choice on, loaded together then: the choice's outcome
// and the path so far.
export { default as Outcome } from './Outcome.svelte';
export { default as PathSoFar } from './PathSoFar.svelte';
