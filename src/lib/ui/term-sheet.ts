// A glossary term's short definition, opened in place from running text: a modal <dialog> (a
// bottom sheet on a phone) with the term, its definition and a link to the full entry. Escape,
// Close or a tap beside it closes it, and focus goes back to the term. Loaded on the first open,
// with the definitions (glossary/terms.json); where they cannot be had, the term's link is
// followed to the glossary instead.
const words = { full: 'Read the full entry in the glossary', close: 'Close' };

type Terms = Record<string, { term: string; definition: string }>;
let terms: Promise<Terms> | undefined;
let dialog: HTMLDialogElement | undefined;

function build() {
	const d = document.createElement('dialog');
	d.className = 'term-sheet';
	d.setAttribute('aria-labelledby', 'term-sheet-title');
	d.innerHTML =
		'<div><h2 id="term-sheet-title"></h2><p></p><p><a></a></p>' +
		'<form method="dialog"><button class="button"></button></form></div>';
	d.querySelector('a')!.textContent = words.full;
	d.querySelector('button')!.textContent = words.close;
	// A tap on the backdrop (the dialog itself, outside its content) closes it.
	d.addEventListener('click', (e) => e.target === d && d.close());
	document.body.append(d);
	return d;
}

/** Opens the definition of the term `link` points to (`…/glossary#<id>`). */
export async function showTerm(link: HTMLAnchorElement) {
	const [page, hash] = link.href.split('#');
	// On the glossary page itself a term goes to its entry.
	if (location.pathname.endsWith('/glossary')) return location.assign(link.href);
	const id = decodeURIComponent(hash ?? '');
	// glossary/terms.json beside the glossary page (whatever the site's base path).
	terms ??= fetch(`${page}/terms.json`).then((r) =>
		r.ok ? r.json() : Promise.reject(new Error(r.statusText))
	);
	const entry = await terms.then(
		(t) => t[id],
		() => (terms = undefined)
	);
	if (!entry) return location.assign(link.href);
	dialog ??= build();
	dialog.querySelector('h2')!.textContent = entry.term;
	dialog.querySelector('p')!.textContent = entry.definition;
	dialog.querySelector('a')!.setAttribute('href', link.getAttribute('href')!);
	dialog.onclose = () => link.focus();
	dialog.showModal();
}
