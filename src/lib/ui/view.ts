// The projector view (large text for a classroom screen) of the play page and the class report.
// It lasts as long as the page: switching it on puts `?view=projector` in the address, so that a
// reload keeps it, and nothing is stored, so that it is off on the next visit and on other pages.
// It belongs on a laptop or a projector: the pages offer it only on a wide screen. Pages are
// prerendered, so the address is read in the browser only.

/** Whether the address (its `search`, as in `location.search`) asks for the projector view. */
export const projectorIn = (search: string) =>
	new URLSearchParams(search).get('view') === 'projector';

/** The address `href` with the projector view switched on or off, all else kept. */
export function withProjector(href: string, on: boolean): URL {
	const url = new URL(href);
	if (on) url.searchParams.set('view', 'projector');
	else url.searchParams.delete('view');
	return url;
}

/**
 * Puts `url` in the address bar in place of the current address, SvelteKit's history state
 * kept as it is. Not $app/navigation's replaceState: no page reads `page.url` after this (they
 * read `location`), and leaving it out of the build keeps the play page within its budget.
 */
export const replaceAddress = (url: string | URL) => history.replaceState(history.state, '', url);
