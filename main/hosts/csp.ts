import directives from './csp.json';

// One Content-Security-Policy for both hosts. ag-grid's theme injects <style> elements, hence
// 'unsafe-inline' for styles only; scripts come from the app's own files and nothing else. The
// directives are kept in JSON so that vite.config.mts reads the same list without loading TypeScript.
export const CONTENT_SECURITY_POLICY = directives.join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there). */
export const META_CONTENT_SECURITY_POLICY = directives.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
