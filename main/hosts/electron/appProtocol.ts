import { CONTENT_SECURITY_POLICY } from '../csp';
import { BadAddress, staticFileFor } from '../staticFiles';

// The window loads the renderer from app://housing-desk/ rather than file://: a page on file://
// may read any local file the user can, and headers (the CSP) do not apply there. Kept free of
// Electron imports so that it can be tested without Electron; main.ts registers it.

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://housing-desk`;
export const APP_PAGE = `${APP_ORIGIN}/index.html`;

/** How the scheme is registered before the app is ready: a standard, secure origin of its own. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false } as const;

const HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

export type AppResponse = { status: 200; file: string; headers: Record<string, string> } | { status: 400 | 404; file: null; headers: Record<string, string> };

/** What the app:// handler answers for a URL: one of the renderer's files, or 400/404. */
export function appResponseFor(url: string, rendererDir: string): AppResponse {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400, file: null, headers: HEADERS };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'housing-desk') return { status: 404, file: null, headers: HEADERS };
  try {
    const found = staticFileFor(rendererDir, parsed.pathname);
    return found ? { status: 200, file: found.file, headers: { ...HEADERS, 'Content-Type': found.type } } : { status: 404, file: null, headers: HEADERS };
  } catch (e) {
    if (e instanceof BadAddress) return { status: 400, file: null, headers: HEADERS };
    throw e;
  }
}
