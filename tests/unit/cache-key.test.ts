import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/lib/offline/cache-key';

describe('cacheKey: the precached entry a request is answered from', () => {
	it('keeps the addresses the static host answers', () => {
		expect(cacheKey('/')).toBe('/');
		expect(cacheKey('/quiz')).toBe('/quiz');
		expect(cacheKey('/play/host-the-mek/__data.json')).toBe('/play/host-the-mek/__data.json');
		expect(cacheKey('/_app/immutable/entry/app.abc.js')).toBe('/_app/immutable/entry/app.abc.js');
		expect(cacheKey('/404.html')).toBe('/404.html');
	});

	it('maps a trailing slash and a .html file name to the same page', () => {
		expect(cacheKey('/quiz/')).toBe('/quiz');
		expect(cacheKey('/quiz.html')).toBe('/quiz');
		expect(cacheKey('/play/host-the-mek//')).toBe('/play/host-the-mek');
		expect(cacheKey('/index.html')).toBe('/');
	});
});
