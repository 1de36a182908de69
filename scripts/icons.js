// node scripts/icons.js — draws the app icons in static/icons from one SVG, with Debian's Chromium.
// Run it again after changing the drawing; the PNGs are committed.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { chromiumLaunchOptions } from './chromium.js';

const glyph = `<path d="M8 22 16 8l8 14z" fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"/><circle cx="16" cy="18" r="2.2" fill="#fff"/>`;
// "any": the favicon's rounded square. "maskable": a full-bleed square with the glyph inside the
// central safe zone (a circle of 80% of the width), so any mask shape keeps it whole.
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4e89"/>${glyph}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d4e89"/><g transform="translate(16 16) scale(0.62) translate(-16 -15)">${glyph}</g></svg>`;

const icons = [
	['icon-192.png', any, 192],
	['icon-512.png', any, 512],
	['maskable-512.png', maskable, 512],
	['apple-touch-icon.png', maskable, 180]
];

const browser = await chromium.launch(chromiumLaunchOptions);
for (const [name, svg, size] of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	writeFileSync(`static/icons/${name}`, await page.screenshot({ omitBackground: true }));
	await page.close();
}
await browser.close();
console.log(`wrote ${icons.length} icons to static/icons`);
