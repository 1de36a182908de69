// `npm run dev` and `npm run build` load vite.config.ts first: whatever Vite warns about while
// loading it is printed on every run, and reads to a newcomer as if something were broken.
import { loadConfigFromFile, type Logger } from 'vite';
import { expect, test } from 'vitest';

test('vite.config.ts loads without a warning (imports named with their file extension)', async () => {
	const said: string[] = [];
	const logger: Logger = {
		info: () => {},
		warn: (message) => void said.push(message),
		warnOnce: (message) => void said.push(message),
		error: (message) => void said.push(message),
		clearScreen: () => {},
		hasErrorLogged: () => false,
		hasWarned: false
	};
	const loaded = await loadConfigFromFile(
		{ command: 'build', mode: 'production' },
		'vite.config.ts',
		process.cwd(),
		'warn',
		logger,
		'bundle'
	);
	expect(loaded?.config.plugins?.length).toBeGreaterThan(0);
	expect(said).toEqual([]);
}, 60_000);
