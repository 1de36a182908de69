// A student opens a teacher's assignment link: it is kept on the device and listed on the home
// page with its due date. A damaged link, or a code of the wrong kind, gets a plain message.
import { expect, test } from '@playwright/test';
import { encodeAssignment, encodeResult } from '../../src/lib/classroom/codec';
import { realisticAssignment, realisticResult } from '../helpers/classroom';
import { realContent } from '../helpers/scenarios';
import { expectNoAxeViolations } from './axe';

const content = realContent();
const due = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
const assignment = {
	...realisticAssignment(content, 10),
	title: 'Albania and Iran: the 2022 break',
	className: '10-B Shkodër',
	due: `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`
};

test('an assignment link is kept and listed on the home page with its due date', async ({
	page
}) => {
	const code = await encodeAssignment(assignment);
	await page.goto(`/assignment#${code}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
	await expect(page.getByText('10-B Shkodër')).toBeVisible();
	await expect(page.getByTestId('due')).toHaveText(/^Due .* \(in 3 days\)$/);
	await expect(page.getByTestId('kept')).toHaveText(/Saved on this device/);
	await expect(page.getByRole('heading', { name: 'Questions: 10' })).toBeVisible();
	const scenarioLinks = page.getByRole('link', {
		name: content.scenarios.find((s) => s.id === assignment.scenarios[0])!.title
	});
	await expect(scenarioLinks).toBeVisible();
	await expectNoAxeViolations(page, 'assignment page');

	// Opening the same link again keeps one copy.
	await page.reload();
	await expect(page.getByTestId('kept')).toHaveText(/Saved on this device/);
	await page.goto('/');
	const listed = page.getByTestId('assignments').getByRole('listitem');
	await expect(listed).toHaveCount(1);
	await expect(listed).toContainText(assignment.title);
	await expect(listed).toContainText('(in 3 days)');
	await listed.getByRole('link', { name: assignment.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
});

test('a damaged link, or a result code, is refused with a plain message and keeps nothing', async ({
	page
}) => {
	const code = await encodeAssignment(assignment);
	const damaged = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
	await page.goto(`/assignment#${damaged}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This assignment link cannot be opened'
	);
	await expect(page.getByRole('alert')).toContainText('damaged');
	await expectNoAxeViolations(page, 'assignment page with a damaged link');

	const result = await encodeResult(realisticResult(content, assignment));
	await page.goto(`/assignment#${result}`);
	await expect(page.getByRole('alert')).toContainText('not an assignment link');

	await page.goto(`/assignment#${code.slice(0, code.length / 2)}`);
	await expect(page.getByRole('alert')).not.toBeEmpty();

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
	await expect(page.getByTestId('assignments')).toHaveCount(0);
});

test('with no code in the address, the page asks for the link, and a pasted link opens', async ({
	page
}) => {
	await page.goto('/assignment');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open an assignment');
	await expect(page.getByRole('alert')).toHaveCount(0);
	const code = await encodeAssignment(assignment);
	// As copied from a chat app: the whole link, wrapped over two lines.
	await page
		.getByLabel('Paste the link your teacher sent')
		.fill(`https://school.example/assignment#${code.slice(0, 40)}\n${code.slice(40)}`);
	await page.getByRole('button', { name: 'Open' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByTestId('kept')).toHaveText(/Saved on this device/);
});

test('a link with a space and a zero-width character inside, as chat apps send it, opens', async ({
	page
}) => {
	const code = await encodeAssignment(assignment);
	// The browser escapes them in the address: /assignment#A1.…%E2%80%8B…%20…
	await page.goto(`/assignment#${code.slice(0, 25)}\u200b${code.slice(25, 60)} ${code.slice(60)}`);
	expect(page.url()).toContain('%E2%80%8B');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
	await expect(page.getByTestId('kept')).toHaveText(/Saved on this device/);
	// Kept as the code itself, so the home page's link to it opens it again.
	await page.goto('/');
	await page.getByTestId('assignments').getByRole('link', { name: assignment.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
	expect(page.url()).not.toContain('%');
});
