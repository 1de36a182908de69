// Glossary linking for every page: the root layout provides a linker, Prose uses it.
import { getContext, setContext } from 'svelte';
import { createLinker, type GlossaryLink, type Segment } from '../content/glossary';

const KEY = Symbol('glossary');
type Linker = (text: string) => Segment[];

/**
 * `links` is missing where the root layout has no data: on the host's 404.html fallback and on an
 * error page opened in the browser (its data request finds nothing). Text is then shown unlinked.
 */
export function provideGlossary(links: readonly GlossaryLink[] | undefined) {
	setContext<Linker>(KEY, createLinker(links ?? []));
}

export function useGlossary(): Linker {
	return getContext<Linker | undefined>(KEY) ?? ((text) => [text]);
}
