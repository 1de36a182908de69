// The bench's scaled content: a copy of content/ several times over that still passes every
// check, with every copy citing its own sources, and content/ itself left as it was.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { scaleContent } from '../../scripts/scale-content';
import { validateContent } from '../../src/lib/content/validate';
import { formatIssue, isError } from '../../src/lib/content/yaml';
import { readContentFiles } from '../../src/lib/server/content';

const fingerprint = () =>
	createHash('sha256').update(JSON.stringify(readContentFiles())).digest('hex');

describe('scale-content', () => {
	const before = fingerprint();
	const folder = scaleContent(3, join(mkdtempSync(join(tmpdir(), 'scale-test-')), 'x3'));
	afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));
	const { content: real, issues: realIssues } = validateContent(readContentFiles());
	const { content, issues } = validateContent(readContentFiles(process.cwd(), folder));

	it('writes content that passes validation, three times the size of content/', () => {
		expect(issues.filter(isError).map(formatIssue)).toEqual([]);
		// Warnings (for a person to judge) are content/'s own, once in every copy.
		expect(issues.length).toBe(3 * realIssues.length);
		const count = (c: typeof real) => ({
			sources: Object.keys(c.sources).length,
			scenarios: c.scenarios.length,
			quizzes: c.quizzes.length,
			questions: c.quizzes.flatMap((q) => q.questions).length,
			timeline: c.timeline.length,
			glossary: c.glossary.length
		});
		const one = count(real);
		expect(count(content)).toEqual(
			Object.fromEntries(Object.entries(one).map(([k, n]) => [k, 3 * n]))
		);
	});

	it('keeps copy 1 as content/ is and gives every other copy new ids that cite its own sources', () => {
		const ids = new Set(content.quizzes.flatMap((q) => q.questions.map((x) => x.id)));
		for (const q of real.quizzes.flatMap((quiz) => quiz.questions))
			for (const id of [q.id, `${q.id}-x2`, `${q.id}-x3`]) expect(ids).toContain(id);
		const copy3 = content.quizzes.filter((q) => q.id.endsWith('-x3'));
		expect(copy3).toHaveLength(real.quizzes.length);
		for (const q of copy3.flatMap((quiz) => quiz.questions))
			for (const c of q.sources) expect(c.source).toMatch(/-x3$/);
		const cited = Object.values(content.sources).filter((s) => s.citedIn);
		for (const s of cited) expect(s.citedIn!.source.endsWith('-x2')).toBe(s.id.endsWith('-x2'));
	});

	it('writes the prose of every copy in letters of its own, so copies compress like new text', () => {
		const prompts = (suffix: string) =>
			content.quizzes
				.filter((q) => (suffix ? q.id.endsWith(suffix) : !/-x\d+$/.test(q.id)))
				.flatMap((q) => q.questions.map((x) => x.prompt));
		const [one, two, three] = [prompts(''), prompts('-x2'), prompts('-x3')];
		expect(one).toEqual(real.quizzes.flatMap((q) => q.questions.map((x) => x.prompt)));
		two.forEach((p, i) => {
			expect(p).toHaveLength(one[i]!.length);
			expect(p).not.toBe(one[i]);
			expect(p).not.toBe(three[i]);
		});
		const gz = (list: string[]) => gzipSync(list.join('\n'), { level: 9 }).length;
		// Three copies: close to three times the compressed size of one, not barely more.
		expect(gz([...one, ...two, ...three])).toBeGreaterThan(2.5 * gz(one));
	});

	it('never writes to content/', () => {
		expect(fingerprint()).toBe(before);
		expect(() => scaleContent(2, join(process.cwd(), 'content'))).toThrow(/content/);
		expect(fingerprint()).toBe(before);
	});
});
