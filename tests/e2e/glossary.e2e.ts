// Glossary terms open a short definition in place (a modal dialog, a bottom sheet on a phone) by
// keyboard or tap, with a link to the full entry; Escape closes it and focus goes back to the
// term. The glossary page has A–Z jump links and a search box. Axe in light and dark.
import { expect, test } from '@playwright/test';
import { realContent } from '../helpers/scenarios';
import { expectNoAxeViolations, settled } from './axe';

const { glossary } = realContent();

for (const [name, viewport] of [
	['phone', { width: 360, height: 740 }],
	['laptop', { width: 1280, height: 800 }]
] as const)
	test(`${name}: a term in a situation opens its definition in place; Escape closes it`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize(viewport);
		await page.goto('/play/host-the-mek');
		await settled(page);
		const term = page.locator('.situation .text a.term').first();
		const id = (await term.getAttribute('href'))!.split('#')[1]!;
		const entry = glossary.find((t) => t.id === id)!;

		await term.focus();
		await page.keyboard.press('Enter');
		const sheet = page.getByRole('dialog', { name: entry.term });
		await expect(sheet).toBeVisible();
		await expect(sheet).toContainText(entry.definition.replace(/\s+/g, ' '));
		await expect(
			sheet.getByRole('link', { name: 'Read the full entry in the glossary' })
		).toHaveAttribute('href', `/glossary#${id}`);
		await expect(page).toHaveURL(/\/play\/host-the-mek$/);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await expectNoAxeViolations(page, `a term's definition (${name}, ${scheme})`);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		await page.screenshot({ path: testInfo.outputPath(`term-${name}.png`) });
		// On a phone it is a sheet along the bottom of the screen.
		if (name === 'phone') {
			const box = (await sheet.boundingBox())!;
			expect(box.y + box.height).toBeGreaterThan(viewport.height - 2);
			expect(box.width).toBeGreaterThan(viewport.width - 2);
		}

		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		await expect(term).toBeFocused();

		// A tap opens it too; Close closes it; the full entry is one link away.
		await term.click();
		await expect(sheet).toBeVisible();
		await sheet.getByRole('button', { name: 'Close' }).click();
		await expect(sheet).toBeHidden();
		await expect(term).toBeFocused();
		await term.click();
		await sheet.getByRole('link', { name: 'Read the full entry in the glossary' }).click();
		await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
	});

test('the glossary has A–Z jump links and a search box', async ({ page }, testInfo) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/glossary');
	await settled(page);
	const letters = page.getByRole('navigation', { name: 'Terms by first letter' });
	const firstLetters = new Set(
		glossary.map((t) => {
			const c = t.term[0]!.toUpperCase();
			return c >= 'A' && c <= 'Z' ? c : '#';
		})
	);
	await expect(letters.getByRole('link')).toHaveCount(firstLetters.size);
	const last = [...firstLetters].sort().at(-1)!;
	await letters.getByRole('link', { name: last, exact: true }).click();
	await expect(page.getByRole('heading', { name: last, exact: true, level: 2 })).toBeInViewport();
	await page.screenshot({ path: testInfo.outputPath('glossary-360x740.png') });

	const search = page.getByRole('searchbox', { name: 'Search the glossary' });
	const mek = glossary.find((t) => t.id === 'mek')!;
	await search.fill('MEK');
	const matching = glossary.filter((t) =>
		[t.term, ...(t.aliases ?? []), t.definition].some((x) => x.toLowerCase().includes('mek'))
	);
	await expect(page.locator('.entry')).toHaveCount(matching.length);
	await expect(page.getByRole('status')).toHaveText(
		matching.length === 1 ? '1 term matches.' : `${matching.length} terms match.`
	);
	await expect(page.locator(`[id="${mek.id}"]`)).toBeVisible();
	await search.fill('zzzqqq');
	await expect(page.locator('.entry')).toHaveCount(0);
	await expect(page.getByRole('status')).toHaveText('No term matches. Try a shorter word.');
	await search.fill('');
	await expect(page.locator('.entry')).toHaveCount(glossary.length);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await expectNoAxeViolations(page, `the glossary (${scheme})`);
	}
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.screenshot({ path: testInfo.outputPath('glossary-1280x800.png') });
});
