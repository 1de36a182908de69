// Checks of question banks, the timeline and the glossary: answer keys consistent with their
// options, ids unique, citations real, and every acronym explained in the glossary.
import { contentHash, reportDuplicates, type CitationChecker, type Report } from './checks.ts';
import { lengthCue, weakAlsoAccept } from './quality.ts';
import type { GlossaryTerm, RawQuestion, RawQuiz, TimelineEvent } from './quiz-schema.ts';
import type { Source } from './schema.ts';
import type { Question, Quiz } from './types.ts';
import type { Path } from './yaml.ts';

export function checkQuiz(
	raw: RawQuiz,
	report: Report,
	checkCitations: CitationChecker,
	questionFiles: Map<string, string>,
	file: string,
	sources: Record<string, Source>
): Quiz {
	const questions = raw.questions.map((q, i): Question => {
		const path: Path = ['questions', i];
		const elsewhere = questionFiles.get(q.id);
		if (elsewhere)
			report(
				[...path, 'id'],
				`duplicate question id '${q.id}'${elsewhere === file ? '' : ` (also in ${elsewhere})`}`
			);
		else questionFiles.set(q.id, file);
		checkCitations(q.sources, [...path, 'sources']);
		checkAnswerKey(q, path, report);
		const cue = lengthCue(q);
		if (cue) report([...path, 'options', cue.option, 'text'], cue.message, { check: 'length-cue' });
		for (const { index, message } of weakAlsoAccept(q, sources))
			report([...path, 'alsoAccept', index], message, {
				check: 'low-quality-alsoaccept',
				severity: 'warning'
			});
		if (q.type === 'source' && q.excerpts) checkCitations(q.excerpts, [...path, 'excerpts']);
		return { ...q, quiz: raw.id, version: contentHash(JSON.stringify(q)) };
	});
	return { ...raw, questions };
}

function checkAnswerKey(q: RawQuestion, path: Path, report: Report) {
	const dup = (ids: string[], key: string, what: string) =>
		reportDuplicates(ids, (i) => [...path, key, i], what, report);
	switch (q.type) {
		case 'single':
		case 'source':
		case 'multiple': {
			dup(
				q.options.map((o) => o.id),
				'options',
				'option'
			);
			const correct = q.options.filter((o) => o.correct).length;
			if (q.type !== 'multiple' && correct !== 1)
				report(
					[...path, 'options'],
					`question '${q.id}' has ${correct} correct options; a ${q.type === 'source' ? 'source' : 'single-choice'} question needs exactly one`
				);
			if (q.type === 'multiple' && (correct === 0 || correct === q.options.length))
				report(
					[...path, 'options'],
					`question '${q.id}' has ${correct} of ${q.options.length} options correct; a multiple-select question needs at least one correct and one wrong option`
				);
			const texts = q.options.map((o) => o.text.toLowerCase());
			texts.forEach((t, i) => {
				if (texts.indexOf(t) !== i)
					report([...path, 'options', i, 'text'], `question '${q.id}' has two options reading '${q.options[i]!.text}'`);
			});
			break;
		}
		case 'order':
			dup(
				q.items.map((it) => it.id),
				'items',
				'item'
			);
			break;
		case 'match': {
			dup(
				q.pairs.map((p) => p.id),
				'pairs',
				'pair'
			);
			const rights = q.pairs.map((p) => p.right.toLowerCase());
			rights.forEach((r, i) => {
				if (rights.indexOf(r) !== i)
					report([...path, 'pairs', i, 'right'], `question '${q.id}' has two pairs with the answer '${q.pairs[i]!.right}'`);
			});
			(q.distractors ?? []).forEach((d, i) => {
				if (rights.includes(d.toLowerCase()))
					report([...path, 'distractors', i], `distractor '${d}' in question '${q.id}' is also a correct answer`);
			});
			break;
		}
		case 'numeric':
			(q.alsoAccept ?? []).forEach((value, i) => {
				if (value === q.answer)
					report([...path, 'alsoAccept', i], `question '${q.id}' lists its answer ${value} again in alsoAccept`);
			});
			break;
		case 'true-false':
			break;
	}
}

export function checkTimeline(
	events: TimelineEvent[],
	report: Report,
	checkCitations: CitationChecker
): TimelineEvent[] {
	reportDuplicates(
		events.map((e) => e.id),
		(i) => ['events', i, 'id'],
		'event',
		report
	);
	events.forEach((e, i) => checkCitations(e.sources, ['events', i, 'sources']));
	// Stable sort keeps the authored order of events on the same day.
	return [...events].sort((a, b) => a.date.localeCompare(b.date));
}

export function checkGlossary(
	terms: GlossaryTerm[],
	report: Report,
	checkCitations: CitationChecker
): GlossaryTerm[] {
	reportDuplicates(
		terms.map((t) => t.id),
		(i) => ['terms', i, 'id'],
		'term',
		report
	);
	const owner = new Map<string, string>();
	terms.forEach((t, i) => {
		if (t.sources) checkCitations(t.sources, ['terms', i, 'sources']);
		[t.term, ...(t.aliases ?? [])].forEach((form, j) => {
			const key = form.toLowerCase();
			const other = owner.get(key);
			if (other && other !== t.id)
				report(
					j === 0 ? ['terms', i, 'term'] : ['terms', i, 'aliases', j - 1],
					`'${form}' is used by two glossary entries: '${other}' and '${t.id}'`
				);
			owner.set(key, t.id);
		});
	});
	return terms;
}

// Two or more capitals, also in the plural ("MEKs"), which is reported without the s.
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*\p{Lu}(?=s?(?![\p{L}\p{N}]))/gu;

/**
 * Finds acronyms (words of two or more capitals) that no glossary form covers. Glossary forms
 * are blanked out first, so a form like "RFE/RL" covers both its parts.
 */
export function acronymChecker(glossary: readonly GlossaryTerm[]) {
	const forms = glossary
		.flatMap((t) => [t.term, ...(t.aliases ?? [])])
		.filter((f) => /\p{Lu}/u.test(f))
		.sort((a, b) => b.length - a.length)
		.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const known = forms.length
		? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
		: undefined;
	return (text: string): string[] => {
		const rest = known ? text.replace(known, ' ') : text;
		return [...new Set([...rest.matchAll(ACRONYM)].map((m) => m[0]))];
	};
}
