// Issue 15, role-play in class: the teacher's projector (1280x800) shows one QR code per adviser
// role with its link; a student's phone (360x740, a browser context of its own, nothing shared)
// opens a role by its link and reads its brief; the class moves on and the phone follows by the
// situation's number; the summary names the roles whose advice the class followed. Then the
// role page offline, with mangled links, under axe light and dark, and by keyboard alone.
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';
import { expectHeadingOutline, expectNoAxeViolations, expectVisibleFocus, settled } from './axe';
import { tabTo } from './quiz-keys';
import { startStaticHost } from './static-host';

const scenario = contentScenarios().find((s) => s.id === 'host-the-mek') ?? contentScenarios()[0]!;
const path = historicalPath(scenario);
const [first, second] = [path[0]!.situation, path[1]!.situation];
const numberOf = (id: string) => scenario.situations.findIndex((s) => s.id === id) + 1;
/** An office that advises at both of the first two decisions: one student keeps it. */
const office = first.advisers!.find((a) =>
	second.advisers!.some((b) => b.office === a.office)
)!.office;
const briefAt = (s: typeof first) => s.advisers!.find((a) => a.office === office)!;
const labelOf = (s: typeof first, id: string) => s.choices.find((c) => c.id === id)!.label;
const shot = (name: string) => `test-results/roleplay-${name}.png`;

async function phone(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	return { context, page: await context.newPage() };
}

/** The link written under a role's code on the projector, as a student would type it. */
async function linkUnder(projector: Page, role: string) {
	const item = projector.getByRole('listitem').filter({
		has: projector.getByRole('heading', { level: 3, name: role, exact: true })
	});
	await expect(
		item.getByRole('img', { name: `QR code of the link to the role: ${role}` })
	).toBeVisible();
	return `http://${(await item.locator('.link').textContent())!.trim()}`;
}

test('a teacher starts a role-play; a phone opens a role by its link, follows the class and sees the summary', async ({
	page: projector,
	browser
}) => {
	test.setTimeout(120_000);
	await projector.setViewportSize({ width: 1280, height: 800 });
	await projector.goto(`/lead/${scenario.id}`);
	await settled(projector);
	await projector.getByRole('button', { name: 'Start the class play' }).click();
	await expect(projector.locator('#situation-heading')).toHaveText(first.title);

	const toggle = projector.getByRole('button', { name: 'Play with roles' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(
		projector.getByRole('heading', { name: `Roles for situation ${numberOf(first.id)}` })
	).toBeVisible();
	// One code per adviser of the situation, each large enough for the back of a room.
	const codes = projector.getByRole('img', { name: /^QR code of the link to the role: / });
	await expect(codes).toHaveCount(first.advisers!.length);
	for (const box of await codes.evaluateAll((els) =>
		els.map((e) => e.getBoundingClientRect().width)
	))
		expect(box).toBeGreaterThanOrEqual(220);
	const link = await linkUnder(projector, office);
	expect(link).toContain(`/role/${scenario.id}?at=${numberOf(first.id)}&role=`);
	await projector.screenshot({ path: shot('projector') });
	// A reload keeps the roles on screen.
	await projector.reload();
	await expect(projector.getByRole('heading', { name: /^Roles for situation / })).toBeVisible();

	// The student's own phone: nothing shared with the teacher's browser.
	const student = await phone(browser);
	await student.page.goto(link);
	await expect(student.page.getByRole('heading', { level: 1 })).toHaveText(`Your role: ${office}`);
	await expect(student.page.locator('.brief')).toHaveText(
		briefAt(first).brief.replace(/\s+/g, ' ')
	);
	await expect(student.page.getByText('You push this option:')).toContainText(
		labelOf(first, briefAt(first).backs)
	);
	await expect(student.page.getByText(/^Illustrative: your role is an office/)).toBeVisible();
	await expect(student.page.locator('summary', { hasText: 'Your sources' })).toBeVisible();
	await expect(student.page.getByRole('heading', { name: 'Make your case' })).toBeVisible();
	await student.page.screenshot({ path: shot('phone'), fullPage: true });

	// The class decides; the projector shows the next situation's codes.
	await projector
		.getByRole('button', { name: `Take this option: ${path[0]!.choice.label}`, exact: true })
		.click();
	await expect(projector.locator('#situation-heading')).toHaveText(second.title);
	const next = numberOf(second.id);
	await expect(
		projector.getByRole('heading', { name: `Roles for situation ${next}` })
	).toBeVisible();
	await expect(codes).toHaveCount(second.advisers!.length);
	// The room sees the new codes; the keyboard is on the new decision's heading.
	await expect(codes.first()).toBeInViewport();
	await expect(projector.locator('#situation-heading')).toBeFocused();
	await projector.screenshot({ path: shot('projector-next') });

	// The phone follows by the number on the projector, keeping its role.
	await student.page.getByLabel('Situation number from the projector').fill(String(next));
	await student.page.getByRole('button', { name: 'Show my role there' }).click();
	await expect(student.page).toHaveURL(new RegExp(`\\?at=${next}&role=`));
	await expect(student.page.locator('.brief')).toHaveText(
		briefAt(second).brief.replace(/\s+/g, ' ')
	);
	await expect(student.page.getByText('You push this option:')).toContainText(
		labelOf(second, briefAt(second).backs)
	);
	await student.context.close();

	// Along the historical path to the ending: the summary names whose advice the class followed.
	for (const step of path.slice(1))
		await projector
			.getByRole('button', { name: `Take this option: ${step.choice.label}`, exact: true })
			.click();
	await expect(projector.locator('.the-end')).toBeVisible();
	for (const [i, step] of path.entries()) {
		const backers = step.situation.advisers!.filter((a) => a.backs === step.choice.id);
		const row = projector.getByTestId(`decision-${i + 1}`);
		if (backers.length)
			for (const b of backers)
				await expect(row.getByText(/^Advisers who backed this option: /)).toContainText(b.office);
		else await expect(row.getByText('No adviser backed this option.')).toBeVisible();
	}
	await projector.getByTestId('decision-1').scrollIntoViewIfNeeded();
	await projector.screenshot({ path: shot('summary') });
});

test('the role page answers from the static host, then offline from the cache, and says what is wrong with a mangled link', async () => {
	test.setTimeout(120_000);
	const host = await startStaticHost();
	const profile = mkdtempSync(join(tmpdir(), 'roleplay-profile-'));
	const open = () =>
		chromium.launchPersistentContext(profile, {
			...chromiumLaunchOptions,
			baseURL: host.url,
			viewport: { width: 360, height: 740 }
		});
	try {
		const role = `/role/${scenario.id}?at=${numberOf(first.id)}&role=1`;
		const response = await fetch(host.url + role);
		expect(response.status).toBe(200);
		let context = await open();
		let page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
			timeout: 30_000
		});
		await context.close();

		host.down = true;
		context = await open();
		await context.setOffline(true);
		page = context.pages()[0] ?? (await context.newPage());
		const roles = [
			...new Set(scenario.situations.flatMap((s) => s.advisers!.map((a) => a.office)))
		];
		await page.goto(role);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Your role: ${roles[0]}`);

		// Mangled links: a sentence saying what is wrong, never a brief.
		for (const [query, message] of [
			['?at=x&role=1', /mistyped/],
			['?role=1', /incomplete/],
			['?at=999&role=1', /situation 999, but this scenario has situations 1 to/],
			['?at=1&role=99', /role 99, but this scenario has roles 1 to/]
		] as const) {
			await page.goto(`/role/${scenario.id}${query}`);
			await expect(page.getByRole('alert')).toHaveText(message);
			await expect(page.locator('.brief')).toHaveCount(0);
		}
		// A role with no brief at that situation: the roles that have one are offered.
		const absent = roles.findIndex((r) => !first.advisers!.some((a) => a.office === r));
		if (absent >= 0) {
			await page.goto(`/role/${scenario.id}?at=${numberOf(first.id)}&role=${absent + 1}`);
			await expect(page.getByRole('alert')).toContainText(`“${roles[absent]}” has no brief`);
			await page.getByRole('link', { name: first.advisers![0]!.office, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				`Your role: ${first.advisers![0]!.office}`
			);
		}
		// A mistyped situation number is refused where it was typed.
		await page.getByLabel('Situation number from the projector').fill('99');
		await page.getByRole('button', { name: 'Show my role there' }).click();
		await expect(page.getByRole('alert')).toHaveText(/There is no situation with that number/);
		await expect(page.getByLabel('Situation number from the projector')).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await context.close();
	} finally {
		await host.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('the role page is clean under axe in light and dark, and works by keyboard alone', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/role/${scenario.id}?at=${numberOf(first.id)}&role=1`);
	await settled(page);
	await expect(page.locator('.brief')).toBeVisible();
	await expectHeadingOutline(page, 'the role page');
	await expectNoAxeViolations(page, 'the role page (light)');
	await expectVisibleFocus(page, 'the role page');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page, 'the role page (dark)');
	await page.screenshot({ path: shot('phone-dark'), fullPage: true });
	await page.emulateMedia({ colorScheme: 'light' });

	// Keyboard only: the sources open with Enter, the next situation by its number and Enter.
	const sources = page.locator('summary', { hasText: 'Your sources' });
	await tabTo(page, sources);
	await page.keyboard.press('Enter');
	await expect(page.locator('details.sources')).toHaveAttribute('open', '');
	await tabTo(page, page.getByLabel('Situation number from the projector'));
	await page.keyboard.type(String(numberOf(second.id)));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`\\?at=${numberOf(second.id)}`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Your role/);

	// The bare page (no role in the address) explains itself and takes a number.
	await page.goto(`/role/${scenario.id}`);
	await expect(page.getByText(/^Scan your role’s code on the projector/)).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await tabTo(page, page.getByLabel('Situation number from the projector'));
	await page.keyboard.type(String(numberOf(first.id)));
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', {
			name: `Pick your role at situation ${numberOf(first.id)}: ${first.title}`
		})
	).toBeVisible();
	await expectNoAxeViolations(page, 'the role page, picking a role');
	await page.screenshot({ path: shot('phone-pick'), fullPage: true });
});
