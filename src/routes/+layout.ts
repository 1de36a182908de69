// Every page is a static file; URLs have no trailing slash (/play/host-the-mek -> play/host-the-mek.html).
export const prerender = true;
export const trailingSlash = 'never';
