// npm run bench — measures the built site (run `npm run build` first) and prints the numbers.
//  1. client JavaScript per route, gzip: every script a page loads (its modulepreload links)
//  2. one scenario choice in Chromium, from the key press to its record saved in IndexedDB
//  3. a 20-question quiz in Chromium: the first question after Start, and a finished attempt's
//     review (all 20 questions with their feedback)
//  4. today's review queue built from a database holding 5,000 stored answers
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { loadContent } from '../src/lib/server/content';
import { chromiumLaunchOptions } from './chromium.js';

const build = 'build';
const routes = {
	home: 'index.html',
	play: 'play/host-the-mek.html',
	quiz: 'quiz/mixed.html',
	review: 'review.html',
	sources: 'sources.html'
};

console.log('Client JavaScript per route (gzip):');
for (const [name, file] of Object.entries(routes)) {
	const html = readFileSync(join(build, file), 'utf8');
	const scripts = new Set(
		[...html.matchAll(/<link[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => tag.includes('rel="modulepreload"'))
			.map((tag) => tag.match(/href="([^"]+)"/)[1])
	);
	let raw = 0;
	let gz = 0;
	for (const src of scripts) {
		const body = readFileSync(join(build, src.replace(/^(\.\.\/|\.\/|\/)+/, '')));
		raw += body.length;
		gz += gzipSync(body, { level: 9 }).length;
	}
	console.log(
		`  ${name.padEnd(7)} ${(gz / 1024).toFixed(1)} kB gzip (${(raw / 1024).toFixed(1)} kB raw, ${scripts.size} files)`
	);
}

const server = createServer(sirv(build, { extensions: ['html'] })).listen(0);
const port = server.address().port;
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/play/host-the-mek`);
const times = [];
// Every measurement starts from an empty database.

for (let round = 0; round < 8; round++) {
	await page.waitForSelector('#situation-heading');
	for (;;) {
		const choice = page.locator('.choice[aria-disabled="false"]').first();
		if ((await choice.count()) === 0) break;
		await choice.focus();
		await page.evaluate(() => {
			performance.clearMarks();
			addEventListener('keydown', () => performance.mark('key'), { once: true, capture: true });
		});
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => performance.getEntriesByName('choice-saved').length > 0);
		// The page moves focus to the next heading once it has caught up with the choice.
		await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
		times.push(
			await page.evaluate(
				() =>
					performance.getEntriesByName('choice-saved')[0].startTime -
					performance.getEntriesByName('key')[0].startTime
			)
		);
	}
	await page.getByRole('button', { name: 'Play again' }).click();
}
const stats = (list) => {
	const sorted = [...list].sort((a, b) => a - b);
	const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};
console.log(
	`One choice, key press to saved in IndexedDB (Chromium, ${times.length} choices): ${stats(times)}`
);

/** Fills in whatever question is on screen (right or wrong does not matter here). */
async function answerAnything() {
	const form = page.locator('main form[data-question]').first();
	if (await form.getByRole('radio').count()) await form.getByRole('radio').first().check();
	else if (await form.getByRole('checkbox').count())
		await form.getByRole('checkbox').first().check();
	else if (await form.getByRole('combobox').count())
		for (const s of await form.getByRole('combobox').all()) await s.selectOption({ index: 1 });
	else if (await form.getByRole('textbox').count()) await form.getByRole('textbox').fill('2000');
	await page.getByRole('button', { name: 'Save answer' }).click();
}

/** Milliseconds from clicking the button named `name` until `count` elements match `selector`. */
const clickAndTime = (name, selector, count) =>
	page.evaluate(
		async ({ name, selector, count }) => {
			const start = performance.now();
			[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name).click();
			await new Promise((resolve) => {
				const done = () => document.querySelectorAll(selector).length >= count;
				if (done()) return resolve();
				const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
				observer.observe(document.body, { childList: true, subtree: true });
			});
			return performance.now() - start;
		},
		{ name, selector, count }
	);

const firstQuestion = [];
const reviewRender = [];
for (let round = 0; round < 5; round++) {
	await page.goto(`http://localhost:${port}/quiz/mixed`);
	await page.getByRole('radio', { name: /^Test/ }).check();
	firstQuestion.push(await clickAndTime('Start', 'main form[data-question]', 1));
	for (let i = 1; i <= 20; i++) {
		await page.getByRole('heading', { name: `Question ${i} of 20` }).waitFor();
		await answerAnything();
	}
	await page.getByRole('heading', { name: 'Your results' }).waitFor();
	await page.getByRole('button', { name: 'Back to the quiz' }).click();
	reviewRender.push(await clickAndTime('Review answers', '.review > li section.feedback', 20));
}
console.log(`20-question quiz, Start to the first question on screen: ${stats(firstQuestion)}`);
console.log(
	`20-question quiz, a finished attempt reviewed (20 questions with feedback rendered): ${stats(reviewRender)}`
);

// Today's review queue from a database with 5,000 answers: a year of daily practice.
const questionIds = loadContent().quizzes.flatMap((q) => q.questions.map((x) => x.id));
await page.goto(`http://localhost:${port}/review`);
await page.getByTestId('review-due').waitFor();
const stored = await page.evaluate(async (ids) => {
	const db = await new Promise((resolve, reject) => {
		const req = indexedDB.open('albania-iran-diplomacy');
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const now = Date.now();
	const day = 86400000;
	const tx = db.transaction(['answers', 'cards'], 'readwrite');
	for (let i = 0; i < 5000; i++) {
		const questionId = ids[i % ids.length];
		const attemptId = `bench-${Math.floor(i / 20)}`;
		tx.objectStore('answers').put({
			id: `${attemptId}:${questionId}`,
			attemptId,
			questionId,
			version: 'bench',
			response: { type: 'numeric', value: 0 },
			score: i % 3 ? 1 : 0,
			correct: i % 3 !== 0,
			at: now - (5000 - i) * 0.07 * day
		});
	}
	ids.forEach((questionId, i) =>
		tx.objectStore('cards').put({
			questionId,
			due: now + ((i % 41) - 20) * day,
			stability: 3,
			difficulty: 5,
			elapsed_days: 1,
			scheduled_days: 3,
			reps: 40,
			lapses: 3,
			learning_steps: 0,
			state: 2,
			last_review: now - day
		})
	);
	await new Promise((resolve) => (tx.oncomplete = resolve));
	const count = await new Promise((resolve) => {
		const req = db.transaction('answers').objectStore('answers').count();
		req.onsuccess = () => resolve(req.result);
	});
	db.close();
	return count;
}, questionIds);
const queue = [];
for (let round = 0; round < 10; round++) {
	await page.reload();
	await page.getByTestId('review-due').waitFor();
	queue.push(
		await page.evaluate(() => performance.getEntriesByName('review-queue').at(-1).duration)
	);
}
const due = await page.getByTestId('review-due').innerText();
console.log(
	`Today's review queue with ${stored} answers stored (${questionIds.length} schedules; "${due}"): ${stats(queue)}`
);

await browser.close();
server.close();
