// The teacher's results page, set up directly: an assignment kept as the teacher's and results
// already imported, put straight into the page's database.
import type { Page } from '@playwright/test';
import type { Assignment } from '../../src/lib/classroom/assignment';
import type { Result } from '../../src/lib/classroom/result';
import { settled } from './axe';

/** Puts the teacher's assignment and these results straight into the page's database. */
export async function seed(page: Page, a: Assignment, results: Result[]) {
	await page.goto('/teach');
	await settled(page);
	await page.evaluate(
		async ({ a, results }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('albania-iran-diplomacy');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = db.transaction(['assignments', 'results'], 'readwrite');
			tx.objectStore('assignments').put({
				key: `teacher:${a.id}`,
				role: 'teacher',
				assignmentId: a.id,
				assignment: a,
				code: 'A1.seeded.check0',
				savedAt: Date.now()
			});
			for (const result of results)
				tx.objectStore('results').put({
					id: result.id,
					assignmentId: a.id,
					result,
					importedAt: Date.now()
				});
			await new Promise((done) => (tx.oncomplete = done));
			db.close();
		},
		{ a, results }
	);
}
