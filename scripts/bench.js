// npm run bench — measures the built site (run `npm run build` first) and prints the numbers.
//  1. client JavaScript per route, gzip: every script a page loads (its modulepreload links)
//  2. one scenario choice in Chromium, from the key press to its record saved in IndexedDB
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromiumLaunchOptions } from './chromium.js';

const build = 'build';
const routes = { home: 'index.html', play: 'play/host-the-mek.html' };

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
		`  ${name.padEnd(5)} ${(gz / 1024).toFixed(1)} kB gzip (${(raw / 1024).toFixed(1)} kB raw, ${scripts.size} files)`
	);
}

const server = createServer(sirv(build, { extensions: ['html'] })).listen(0);
const port = server.address().port;
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/play/host-the-mek`);
const times = [];
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
await browser.close();
server.close();
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(
	`One choice, key press to saved in IndexedDB (Chromium, ${times.length} choices): median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms`
);
