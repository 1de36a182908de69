// Glossary linking for every page: the root layout provides a linker, Prose uses it.
import { getContext, setContext } from 'svelte';
import { createLinker, type GlossaryLink, type Segment } from '../content/glossary';

const KEY = Symbol('glossary');
type Linker = (text: string) => Segment[];

export function provideGlossary(links: readonly GlossaryLink[]) {
	setContext<Linker>(KEY, createLinker(links));
}

export function useGlossary(): Linker {
	return getContext<Linker | undefined>(KEY) ?? ((text) => [text]);
}
