// The scenario play page's projector view (large text for a classroom screen): remembered on
// this device, and switched on for one visit by `?view=projector` in the address. Pages are
// prerendered, so the address is read in the browser only.

const KEY = 'play-view';

export type PlayView = 'normal' | 'projector';

/** The view asked for by the address (`?view=projector` or `?view=normal`), if any. */
export function viewFromSearch(search: string): PlayView | undefined {
	const wanted = new URLSearchParams(search).get('view');
	return wanted === 'projector' || wanted === 'normal' ? wanted : undefined;
}

/** The view remembered on this device; 'normal' when nothing is stored or storage is off. */
export function storedView(): PlayView {
	try {
		return localStorage.getItem(KEY) === 'projector' ? 'projector' : 'normal';
	} catch {
		return 'normal';
	}
}

export function storeView(view: PlayView) {
	try {
		localStorage.setItem(KEY, view);
	} catch {
		// Private browsing or storage switched off: the view lasts for this page only.
	}
}
