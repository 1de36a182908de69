import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// End-to-end tests run against the built site in build/, served as plain static files,
// in Debian's Chromium (no browser downloads on these machines). E2E_PORT lets two checkouts
// run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	// Keyboard-only runs through whole quizzes press Tab hundreds of times: give them room.
	timeout: 90_000,
	expect: { timeout: 10_000 },
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: chromiumLaunchOptions
	},
	projects: [
		{
			name: 'laptop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		command: `sirv build --port ${port} --quiet`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI
	}
});
