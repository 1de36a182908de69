// The growth section of `npm run bench` (issue 16): the site built from content/ and from a copy
// of it ten times over (scripts/scale-content.ts), measured against the growth budgets.
//
//  1. Every page's first load, everything (HTML, CSS, JavaScript and whatever it fetches while
//     it starts: __data.json, quiz/questions.json, …), gzip level 9, at ×1 and ×10. A page
//     that has copies at ×10 (/quiz/mek-in-albania-x2, …) shows the heaviest of them.
//  2. The update after one changed question: a first visit to the site, its service worker's
//     precache, then the same site with one question's explanation edited deployed in its
//     place; the bytes the host sends from that deploy until the page runs on the new version.
//
// The sites are built (`npm run build` with CONTENT_DIR and BUILD_DIR) into
// bench-results/growth/; GROWTH_REUSE=1 reuses those already there (same code and content).
// GROWTH_SCALES=1 measures ×1 only; GROWTH_PARTS=weight or =update runs one part;
// `BENCH_ONLY=growth npm run bench` runs this section alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { builtPages } from '../tests/e2e/static-host';
import { firstLoads, startHost, updateCost } from './growth-measures.js';
import { scaleContent } from './scale-content';

const BUDGET = {
	/** KiB, gzip: every page's first load at ×10 content (issue 16) */
	pageKiB: 150,
	/** KiB sent by the host for an update after one changed question, ×10 content (issue 16) */
	updateKiB: 100
};

/**
 * Each page's first load at ×1, KiB gzip, measured on main at 535ff53 (before any growth work):
 * at ×1 no page is to get heavier than this. Printed beside today's number, not failed: the
 * content grows at ×1 too, and pages carrying all of it grow with it until issue 16 is done.
 */
const BASELINE_X1 = {
	'/': 80.2,
	'/assignment': 90.5,
	'/glossary': 81.2,
	'/lead/answer-the-cyberattack': 92.8,
	'/lead/host-the-mek': 92.6,
	'/play/answer-the-cyberattack': 109.1,
	'/play/host-the-mek': 108.8,
	'/quiz': 78.2,
	'/quiz/after-the-break': 97.1,
	'/quiz/break-and-aftermath': 98.2,
	'/quiz/cyberattack-2022': 97.9,
	'/quiz/earlier-tensions': 98.1,
	'/quiz/mek-in-albania': 97.4,
	'/quiz/mixed': 143.2,
	'/quiz/reading-sources': 102.8,
	'/quiz/wider-picture': 99.8,
	'/review': 141.2,
	'/settings': 79.9,
	'/sources': 73.4,
	'/teach': 104.9,
	'/teach/report': 120.5,
	'/timeline': 68.6
};

/**
 * Pages over the ×10 budget that issue 16 has not fixed yet: printed, not failed. Any other
 * page over budget at ×10 fails the bench. Remove a page from here once it is fixed.
 */
const NOT_FIXED_YET = new Set([
	'/glossary',
	'/review',
	'/sources',
	'/teach',
	'/teach/report',
	'/timeline'
]);

/**
 * KiB an update after one changed question may cost, by scale, until the pages stop carrying
 * the whole question bank (issue 16): a ceiling on what the per-file precache fixed, with room
 * for the content to grow, not yet the ×10 budget (printed beside it). Measured at 535ff53 (the
 * whole cache fetched again on every deploy): 848.6 KiB at ×1, 7,589 KiB at ×10; with per-file
 * revisions: 264.1 KiB and 1,980 KiB, nearly all of it the pages and data that carry the bank.
 */
const UPDATE_CEILING_KIB = { 1: 400, 10: 2500 };

const kib = (bytes) => (bytes / 1024).toFixed(1);
const out = resolve('bench-results/growth');

/** Runs `npm run build` on `content` (a content folder) into `dir`; reuses it with GROWTH_REUSE. */
async function buildSite(content, dir) {
	if (process.env.GROWTH_REUSE && existsSync(join(dir, 'index.html'))) return dir;
	const log = `${dir}.log`;
	const started = performance.now();
	const code = await new Promise((done) => {
		const child = spawn('npm', ['run', 'build'], {
			env: { ...process.env, CONTENT_DIR: content, BUILD_DIR: dir },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let text = '';
		child.stdout.on('data', (c) => (text += c));
		child.stderr.on('data', (c) => (text += c));
		child.on('exit', (c) => {
			writeFileSync(log, text);
			done(c);
		});
	});
	if (code !== 0) throw new Error(`Building ${dir} failed; see ${log}`);
	console.log(`  built ${dir} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	return dir;
}

/** Content ×n, and the same with one question's explanation changed: the two deploys. */
function contents(n) {
	const a = scaleContent(n, join(out, `content-x${n}`));
	const b = scaleContent(n, join(out, `content-x${n}-edited`));
	const quizzes = join(b, 'quizzes');
	const file = join(quizzes, readdirSync(quizzes).sort()[0]);
	const quiz = parse(readFileSync(file, 'utf8'));
	quiz.questions[0].explanation += ' One more sentence, as a fixed typo would change it.';
	writeFileSync(file, stringify(quiz));
	return { a, b, edited: `${quiz.questions[0].id} in ${file}` };
}

/** The growth numbers at ×1 and ×10, printed as tables; budget rows go to the bench summary. */
export async function benchGrowth({ browser, row }) {
	const scales = (process.env.GROWTH_SCALES ?? '1,10').split(',').map(Number);
	const parts = new Set((process.env.GROWTH_PARTS ?? 'weight,update').split(','));
	mkdirSync(out, { recursive: true });
	const host = await startHost(out, Number(process.env.GROWTH_PORT ?? 0));
	/** @type {Record<number, Map<string, number>>} KiB by ×1 page, heaviest copy */
	const weights = {};
	try {
		for (const n of scales) {
			console.log(`\nGrowth ×${n}: content/ ${n} times over`);
			const { a, b, edited } = contents(n);
			const siteA = await buildSite(a, join(out, `site-x${n}`));
			if (parts.has('weight')) {
				host.dir = siteA;
				const loads = await firstLoads(browser, host.url, builtPages(siteA));
				weights[n] = new Map();
				for (const load of loads) {
					const page = load.url.replace(/-x\d+(?=\/|$)/, '');
					weights[n].set(page, Math.max(weights[n].get(page) ?? 0, load.gzip / 1024));
				}
				const heaviest = [...loads].sort((x, y) => y.gzip - x.gzip)[0];
				const biggest = [...heaviest.files].sort((x, y) => y.gzip - x.gzip).slice(0, 3);
				console.log(
					`  ${loads.length} pages; heaviest ${heaviest.url} ${kib(heaviest.gzip)} KiB: ` +
						biggest.map((f) => `${f.path} ${kib(f.gzip)} KiB (${kib(f.raw)} raw)`).join(', ')
				);
			}
			if (parts.has('update')) {
				const siteB = await buildSite(b, join(out, `site-x${n}-edited`));
				const { firstVisit, update } = await updateCost(browser, host, siteA, siteB);
				const total = (list) => list.reduce((s, r) => s + r.bytes, 0);
				const spent = total(update);
				const top = [...update].sort((x, y) => y.bytes - x.bytes).slice(0, 6);
				console.log(
					`  first visit (page and precache): ${kib(total(firstVisit))} KiB in ${firstVisit.length} responses` +
						`\n  update after one changed question (${edited}): ${kib(spent)} KiB in ${update.length} responses` +
						(top.length
							? `; largest: ${top.map((r) => `${r.path} ${kib(r.bytes)}`).join(', ')}`
							: '') +
						`; encodings: ${[...new Set(update.map((r) => r.encoding))].join(', ')}`
				);
				const ceiling = UPDATE_CEILING_KIB[n];
				if (ceiling !== undefined)
					row(
						`Update, one question changed, ×${n}`,
						`${kib(spent)} KiB`,
						`<= ${ceiling} KiB` + (n === 10 ? ` (budget ${BUDGET.updateKiB} KiB)` : ''),
						spent / 1024 <= ceiling
					);
			}
		}
	} finally {
		await host.close();
	}
	if (weights[1] || weights[10]) weightTable(weights, row);
	if (!process.env.GROWTH_REUSE)
		for (const entry of readdirSync(out))
			if (entry.startsWith('content-')) rmSync(join(out, entry), { recursive: true });
}

function weightTable(weights, row) {
	const pages = [...new Set([...(weights[1]?.keys() ?? []), ...(weights[10]?.keys() ?? [])])];
	const width = Math.max(...pages.map((p) => p.length));
	console.log(
		`\nFirst load, everything, gzip (KiB). ×1: today beside the baseline (main at 535ff53); ×10: budget ${BUDGET.pageKiB} KiB.`
	);
	console.log(
		`  ${'page'.padEnd(width)}  ×1 base  ×1 now   ×10    ×10 vs budget ${BUDGET.pageKiB}`
	);
	const newlyOver = [];
	for (const page of pages.sort()) {
		const base = BASELINE_X1[page];
		const one = weights[1]?.get(page);
		const ten = weights[10]?.get(page);
		let status = '';
		if (ten !== undefined)
			status =
				ten <= BUDGET.pageKiB
					? 'ok'
					: NOT_FIXED_YET.has(page)
						? 'over (not fixed yet)'
						: (newlyOver.push(page), 'OVER');
		const heavier = one !== undefined && base !== undefined && one > base + 0.5 ? ' heavier' : '';
		const cell = (v) => (v === undefined ? '—' : v.toFixed(1)).padStart(6);
		console.log(
			`  ${page.padEnd(width)}  ${cell(base)}  ${cell(one)}${heavier}  ${cell(ten)}  ${status}`
		);
	}
	if (weights[10]) {
		const known = [...NOT_FIXED_YET].filter((p) => (weights[10].get(p) ?? 0) > BUDGET.pageKiB);
		row(
			`Pages over ${BUDGET.pageKiB} KiB at ×10 (${known.length} known, not fixed yet)`,
			newlyOver.length ? newlyOver.join(', ') : 'none other',
			'none other',
			newlyOver.length === 0
		);
	}
}
