// `npm run test:firefox`: the main journeys in Debian's Firefox ESR (tests/firefox), against the
// built site (`npm run build` first). One file at a time: each runs its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/firefox/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 240_000,
		hookTimeout: 60_000
	}
});
