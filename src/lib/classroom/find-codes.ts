// Finding result codes in whatever a teacher pasted or opened: a chat export, an e-mail, a file
// of several codes, a QR code's text. One pass from start to end, so that a text of megabytes
// takes time in proportion to its length, never to its square.
import { INVISIBLE, MAX_CODE } from './codec';

/** Words read between two points where a caller may pause. */
const WORDS_PER_PAUSE = 4096;

/** Where a result code starts: at a word's start or after a character no code has. */
const START = /(?:^|[^\w.-])(R\d+\.)/g;
const STARTS_A_CODE = /^[AR]\d+\./;
/** Fewer payload characters than the smallest code the app makes (see CodePieces.continuesWith). */
const MIN_PAYLOAD = 32;

/** Whether the character at `i` can be part of a code: a letter, digit, `_`, `-` or `.`. */
function isCodeChar(text: string, i: number) {
	const c = text.charCodeAt(i);
	return (
		(c >= 97 && c <= 122) ||
		(c >= 65 && c <= 90) ||
		(c >= 48 && c <= 57) ||
		c === 95 ||
		c === 45 ||
		c === 46
	);
}

/** The end of the run of code characters from `at`. */
function runEnd(text: string, at: number) {
	let end = at;
	while (end < text.length && isCodeChar(text, end)) end++;
	return end;
}

/**
 * A code being joined from pieces. Whether it is whole (`R<n>.<payload>.<check>`, the check at
 * least six characters, full stops at its end aside) is kept up to date piece by piece, so that
 * each character is looked at once however many pieces are glued on.
 */
class CodePieces {
	private pieces: string[] = [];
	/** Characters kept: past MAX_CODE the code is refused as too long, whatever follows. */
	private kept = 0;
	/** Which dot-separated part the last character belongs to: 0 the kind, 1 the payload... */
	private part = 0;
	private lengths = [0, 0, 0];
	/** Full stops not yet followed by anything: at the end they end a sentence, not the code. */
	private dots = 0;
	/** An empty part, or more than three: no piece glued on can make it whole. */
	private spoilt = false;

	constructor(first: string) {
		this.add(first);
	}

	add(piece: string) {
		if (this.kept <= MAX_CODE) {
			this.pieces.push(piece);
			this.kept += piece.length;
		}
		for (let i = 0; i < piece.length; i++) {
			if (piece.charCodeAt(i) === 46) {
				this.dots++;
				continue;
			}
			if (this.dots) {
				if (this.dots > 1 || this.lengths[this.part] === 0) this.spoilt = true;
				this.part += 1;
				this.dots = 0;
			}
			if (this.part > 2) this.spoilt = true;
			else this.lengths[this.part]!++;
		}
	}

	/**
	 * Whether `piece`, which starts like a code (`R5.abc`), is rather the rest of this one: the
	 * payload's last characters, its second dot and the start of its check. A wrap can fall just
	 * before a payload's closing `R5`; a check is six characters, so what follows the dot in such a
	 * piece is at most six, where a new code's payload runs on. Only after a payload as long as a
	 * real one (any result packs to far more than MIN_PAYLOAD characters): `R1.a R1.a` stays two
	 * broken codes.
	 */
	continuesWith(piece: string) {
		return (
			!this.spoilt &&
			this.part === 1 &&
			this.dots === 0 &&
			this.lengths[1]! >= MIN_PAYLOAD &&
			/^[AR]\d+\.[^.]{0,6}$/.test(piece)
		);
	}

	get whole() {
		return !this.spoilt && this.part === 2 && this.lengths[1]! > 0 && this.lengths[2]! >= 6;
	}

	/** The code, without the full stops after it (or its first MAX_CODE characters and more). */
	text() {
		const code = this.pieces.join('');
		return this.kept > MAX_CODE ? code : code.slice(0, code.length - this.dots);
	}
}

/**
 * Every result code in `text`, in order, with its line, read in one pass from start to end. A
 * code wrapped over several lines or split by spaces (as chat apps and e-mail do) is joined
 * again: while it still lacks its second dot or part of its check, the code characters that open
 * the next word are glued on. A code cut short is still returned, so that it is refused in words
 * rather than missed. Between codes it yields how many characters it has read, every few
 * thousand words, where a caller may pause.
 */
export function* scanCodes(text: string): Generator<{ code: string; line: number } | number> {
	// Invisible characters are dropped; whitespace separates words.
	const clean = String(text).replace(INVISIBLE, '');
	const words = /\S+/g;
	const start = new RegExp(START);
	let line = 1;
	let last = 0;
	let ended = false;
	const next = () => {
		// Once at the end, stay there: a global regex that found nothing starts again from 0.
		const m = ended ? null : words.exec(clean);
		if (!m) {
			ended = true;
			return undefined;
		}
		for (let i = last; i < m.index; i++) if (clean.charCodeAt(i) === 10) line++;
		last = m.index;
		return { text: m[0], line };
	};
	let read = 0;
	let word = next();
	/** Where to go on reading `word`: after the part of it glued to the code before. */
	let from = 0;
	while (word) {
		if (++read % WORDS_PER_PAUSE === 0) yield last;
		/** A word that was looked at for gluing but not (wholly) glued: read next. */
		let held: typeof word | undefined;
		let heldFrom = 0;
		start.lastIndex = from;
		for (let m = start.exec(word.text); m; m = start.exec(word.text)) {
			const begin = m.index + m[0].length - m[1]!.length;
			const end = runEnd(word.text, begin);
			const code = new CodePieces(word.text.slice(begin, end));
			if (end === word.text.length)
				while (!code.whole) {
					const following = next();
					if (!following) break;
					if (++read % WORDS_PER_PAUSE === 0) yield last;
					const glued = runEnd(following.text, 0);
					const piece = following.text.slice(0, glued);
					if (!piece || (STARTS_A_CODE.test(piece) && !code.continuesWith(piece))) {
						held = following;
						break;
					}
					code.add(piece);
					if (glued < following.text.length) {
						held = following;
						heldFrom = glued;
						break;
					}
				}
			yield { code: code.text(), line: word.line };
			if (end === word.text.length) break;
			start.lastIndex = end;
		}
		word = held ?? next();
		from = held ? heldFrom : 0;
	}
}

/** Every result code in `text` (see `scanCodes`), up to `limit` of them. */
export function findCodes(text: string, limit = Infinity): { code: string; line: number }[] {
	const found: { code: string; line: number }[] = [];
	if (limit <= 0) return found;
	for (const f of scanCodes(text)) {
		if (typeof f === 'number') continue;
		found.push(f);
		if (found.length >= limit) break;
	}
	return found;
}
