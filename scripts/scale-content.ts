// npx tsx scripts/scale-content.ts N [folder] — writes a copy of content/ with everything in it
// N times over (N × the sources, scenarios, quizzes and questions, timeline events and glossary
// terms) to a new temporary folder, or to `folder`, and prints the folder. The real content/ is
// only read. Copy 1 is content/ as it is; copy k (k ≥ 2) gives every id the suffix -x<k> and
// every reference to it (citations, citedIn) follows, so the copy passes validation as content/
// does (the seed check included) and builds the same pages k times over. Titles and glossary
// forms say "(copy k)", so no two quizzes, scenarios or glossary entries read alike, and each
// copy's prose is enciphered letter for letter (see cipher), so it compresses like new text.
//
//   npx tsx scripts/scale-content.ts 10 /tmp/x10
//   CONTENT_DIR=/tmp/x10 BUILD_DIR=/tmp/x10-build npm run build
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { PROSE_KEYS } from '../src/lib/content/validate.ts';

type Data = Record<string, unknown>;

/** Keys whose values are prose: the validator's PROSE_KEYS, and a source's reliability. */
const PROSE = new Set([...PROSE_KEYS, 'reliability']);

/**
 * Copy k's prose in letters of its own: a fixed substitution of the lower-case letters, seeded by
 * k. Ten identical copies would compress like one (gzip and brotli find the repeats), so the ×10
 * numbers would flatter; ten enciphered copies compress like ten texts of the same length.
 * Capitals, digits and punctuation stay, so acronyms and the glossary check read the same, and
 * quotations and section names (citations) are left alone: they are checked against the seeds.
 */
export function cipher(k: number): (text: string) => string {
	if (k === 1) return (text) => text;
	const letters = [...'abcdefghijklmnopqrstuvwxyz'];
	let seed = Math.imul(k, 2654435761) >>> 0;
	for (let i = letters.length - 1; i > 0; i--) {
		seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
		const j = seed % (i + 1);
		[letters[i], letters[j]] = [letters[j]!, letters[i]!];
	}
	return (text) => text.replace(/[a-z]/g, (c) => letters[c.charCodeAt(0) - 97]!);
}
const CONTENT = fileURLToPath(new URL('../content', import.meta.url));

const read = (path: string) => parse(readFileSync(path, 'utf8')) as Data;
const yamlFiles = (dir: string) =>
	readdirSync(join(CONTENT, dir))
		.filter((f) => /\.ya?ml$/.test(f))
		.sort();

/** Copies content/ `n` times into `out` (a new temporary folder when not given); returns `out`. */
export function scaleContent(n: number, out?: string): string {
	if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number ≥ 1, not ${n}`);
	const folder = out ? resolve(out) : mkdtempSync(join(tmpdir(), `content-x${n}-`));
	const inside = relative(CONTENT, folder);
	if (!inside.startsWith('..') && !isAbsolute(inside))
		throw new Error(`Refusing to write into content/ (${folder}): the copy goes elsewhere`);
	for (const dir of ['sources', 'scenarios', 'quizzes'])
		mkdirSync(join(folder, dir), { recursive: true });

	const sources = yamlFiles('sources').map((f) => read(join(CONTENT, 'sources', f)));
	const sourceIds = new Set(sources.map((s) => s.id as string));
	const scenarios = yamlFiles('scenarios').map((f) => read(join(CONTENT, 'scenarios', f)));
	const quizzes = yamlFiles('quizzes').map((f) => read(join(CONTENT, 'quizzes', f)));
	const timeline = read(join(CONTENT, 'timeline.yaml'));
	const glossary = read(join(CONTENT, 'glossary.yaml'));
	const events: Data[] = [];
	const terms: Data[] = [];

	for (let k = 1; k <= n; k++) {
		const id = (value: unknown) => (k === 1 ? value : `${value as string}-x${k}`);
		const title = (value: unknown) => (k === 1 ? value : `${value as string} (copy ${k})`);
		const encipher = cipher(k);
		/**
		 * A deep copy for copy k: every `source: <id>` (citations, citedIn) names copy k's source,
		 * and prose is enciphered.
		 */
		const cite = <T>(value: T, prose = false): T => {
			if (typeof value === 'string') return (prose ? encipher(value) : value) as T;
			if (Array.isArray(value)) return value.map((v) => cite(v, prose)) as T;
			if (!value || typeof value !== 'object') return value;
			return Object.fromEntries(
				Object.entries(value).map(([key, v]) => [
					key,
					key === 'source' && typeof v === 'string' && sourceIds.has(v)
						? id(v)
						: cite(v, PROSE.has(key))
				])
			) as T;
		};
		const write = (dir: string, data: Data) =>
			writeFileSync(join(folder, dir, `${data.id as string}.yaml`), stringify(data));

		// A source held only as an entry in another's references is quoted by its title alone
		// (content check quote-on-unheld-source), so its title stays as it is.
		for (const source of sources)
			write('sources', {
				...cite({ ...source, id: id(source.id) }),
				...(source.citedIn ? { title: source.title } : {})
			});
		for (const scenario of scenarios)
			write('scenarios', {
				...cite(scenario),
				id: id(scenario.id),
				title: title(encipher(scenario.title as string)),
				// Its quizzes on the same events: copy k's.
				...(scenario.quizzes ? { quizzes: (scenario.quizzes as string[]).map(id) } : {})
			});
		for (const quiz of quizzes)
			write('quizzes', {
				...cite(quiz),
				id: id(quiz.id),
				title: title(encipher(quiz.title as string)),
				questions: cite(quiz.questions as Data[]).map((q) => ({ ...q, id: id(q.id) }))
			});
		for (const event of timeline.events as Data[])
			events.push(cite({ ...event, id: id(event.id) }));
		for (const term of glossary.terms as Data[])
			terms.push(
				cite({
					...term,
					id: id(term.id),
					term: title(term.term),
					...(term.aliases ? { aliases: (term.aliases as string[]).map(title) } : {})
				})
			);
	}
	writeFileSync(join(folder, 'timeline.yaml'), stringify({ ...timeline, events }));
	writeFileSync(join(folder, 'glossary.yaml'), stringify({ ...glossary, terms }));
	// The places on the map are the world's, not the content's: one list, named by every copy.
	const places = join(CONTENT, 'places.yaml');
	if (existsSync(places)) writeFileSync(join(folder, 'places.yaml'), readFileSync(places));
	return folder;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [n, out] = process.argv.slice(2);
	if (!n || !/^\d+$/.test(n)) {
		console.error('Usage: npx tsx scripts/scale-content.ts N [folder]   (N: how many copies, ≥ 1)');
		process.exit(2);
	}
	console.log(scaleContent(Number(n), out));
}
