// The site is built with trailingSlash 'never': /quiz is served from quiz.html. A request for
// /quiz/, /quiz.html or /index.html names the same file, so all of them share one cache entry.
export function cacheKey(pathname: string): string {
	let path = pathname;
	if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
	if (path === '/index.html' || path === '/index') return '/';
	if (path.endsWith('.html') && path !== '/404.html') path = path.slice(0, -'.html'.length);
	return path || '/';
}
