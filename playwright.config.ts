import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// End-to-end tests run against the built site in build/, served as plain static files,
// in Debian's Chromium (no browser downloads on these machines).
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
		baseURL: 'http://localhost:4173',
		launchOptions: chromiumLaunchOptions
	},
	projects: [
		{
			name: 'laptop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: {
		command: 'npm run serve',
		url: 'http://localhost:4173',
		reuseExistingServer: !process.env.CI
	}
});
