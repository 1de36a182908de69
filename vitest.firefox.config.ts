// `npm run test:firefox`: the main journeys in Debian's Firefox ESR (tests/firefox), against the
// built site (`npm run build` first). One file at a time: each runs its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/firefox/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 240_000,
		hookTimeout: 60_000,
		// As the Chromium suite (playwright.config.ts): in CI a test that fails is run once more.
		// Seen once: Firefox reported the favicon request of a page being left as a service-worker
		// error during an offline cold start; the same run passes alone.
		retry: process.env.CI ? 1 : 0
	}
});
