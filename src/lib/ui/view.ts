// The projector view (large text for a classroom screen) of the play page and the class report:
// remembered on this device, each page under its own key, and switched on for one visit by
// `?view=projector` in the address. Pages are prerendered, so the address is read in the
// browser only.

const KEY = 'play-view';

export type PlayView = 'normal' | 'projector';

/** The view asked for by the address (`?view=projector` or `?view=normal`), if any. */
export function viewFromSearch(search: string): PlayView | undefined {
	const wanted = new URLSearchParams(search).get('view');
	return wanted === 'projector' || wanted === 'normal' ? wanted : undefined;
}

/** The view remembered on this device; 'normal' when nothing is stored or storage is off. */
export function storedView(key = KEY): PlayView {
	try {
		return localStorage.getItem(key) === 'projector' ? 'projector' : 'normal';
	} catch {
		return 'normal';
	}
}

export function storeView(view: PlayView, key = KEY) {
	try {
		localStorage.setItem(key, view);
	} catch {
		// Private browsing or storage switched off: the view lasts for this page only.
	}
}
