import fs from 'node:fs';
import path from 'node:path';

// The built renderer's files, as both hosts serve them (the web host over HTTP, the Electron
// window over its app:// protocol): nothing outside the folder, and the page itself for any
// extension-less path (the app's routes).

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export class BadAddress extends Error {}

/** The file a request's path names inside `root`, with its content type; null when there is none. */
export function staticFileFor(root: string, pathname: string): { file: string; type: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new BadAddress();
  }
  const base = path.resolve(root);
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(base, rel);
  if (file.startsWith(base + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    return { file, type: MIME[path.extname(file)] ?? 'application/octet-stream' };
  }
  const index = path.join(base, 'index.html');
  if (!path.extname(rel) && fs.existsSync(index)) return { file: index, type: MIME['.html']! };
  return null;
}
