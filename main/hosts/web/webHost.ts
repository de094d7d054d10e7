import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../../core/dispatch';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { BadAddress, staticFileFor } from '../staticFiles';
import { MAX_UPLOAD_BYTES, tooLargeMessage } from '../../core/uploads';

export const TOKEN_HEADER = 'x-housing-desk-token';
// Files come beside the calls (/api/upload); the largest call is a settings logo (1.4 MB as a data URL).
const MAX_BODY_BYTES = 8 * 1024 * 1024;

class BodyTooLarge extends Error {}

export interface WebHostOptions {
  core: Core;
  /** folder of the built renderer (index.html and assets) */
  staticDir: string;
  port?: number;
  token?: string;
  /** tests shorten these; the app uses the defaults */
  limits?: Partial<typeof LIMITS>;
}

const LIMITS = {
  /** the renderer needs a handful; a cap stops a local process from exhausting sockets */
  maxConnections: 64,
  /** a client has this long to send a request's headers (slow-header clients are cut off) */
  headersTimeoutMs: 10_000,
  /** how often idle and slow connections are looked at */
  checkEveryMs: 2_000,
};

/** Whether a Content-Type header is JSON: its media type exactly, parameters such as charset allowed. */
const isJson = (contentType: string | undefined) => (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

export interface WebHost {
  url: string;
  /** the URL with the token, for the user to open */
  launchUrl: string;
  /**
   * A URL carrying a one-time code instead of the token, for starting a browser: a command line is
   * visible to other local users, so it must not hold the token itself. The page trades the code
   * for the token once; the code is then spent.
   */
  oneTimeUrl(): string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const readBody = async (req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> => (await readBytes(req, limit)).toString('utf8');

function readBytes(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  // Past the limit the rest is read and dropped, so that the caller still gets its answer (a
  // destroyed socket would reach the page as a bare network error).
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks, size))));
    req.on('error', reject);
  });
}

/**
 * Serves the built renderer and the handler table on 127.0.0.1 only. Every call needs the
 * per-run token; the Host and Origin headers must name this very server (DNS rebinding and
 * cross-site requests are refused).
 */
export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  let port = 0;

  const launchCodes = new Map<string, number>();
  const LAUNCH_CODE_TTL_MS = 120_000;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const limits = { ...LIMITS, ...options.limits };
  // headersTimeout counts only while a request's headers are arriving (Node 20): idle keep-alive
  // connections are governed by keepAliveTimeout alone.
  const server = http.createServer({ connectionsCheckingInterval: limits.checkEveryMs, headersTimeout: limits.headersTimeoutMs }, (req, res) => {
    // Every failure is answered inside, so the promise never rejects.
    void (async () => {
      try {
        if (!allowedHosts().has(req.headers.host ?? '')) return sendJson(res, 421, { ok: false, error: { code: 'forbidden', message: 'Wrong host.' } });
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins().has(origin)) {
          return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Requests from other sites are refused.' } });
        }
        const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

        if (url.pathname === '/api/session') {
          if (req.method !== 'POST' || !isJson(req.headers['content-type'])) {
            return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: 'Use POST with JSON.' } });
          }
          let code: unknown;
          try {
            // before any secret is checked: a launch code is a few dozen bytes
            code = JSON.parse(await readBody(req, 4096))?.code;
          } catch {
            code = undefined;
          }
          const expires = typeof code === 'string' ? launchCodes.get(code) : undefined;
          if (typeof code === 'string') launchCodes.delete(code);
          if (expires === undefined || expires < Date.now()) {
            return sendJson(res, 401, {
              ok: false,
              error: { code: 'forbidden', message: 'This link has been used or has expired. Start Housing Desk again.' },
            });
          }
          return sendJson(res, 200, { ok: true, value: { token } });
        }

        if (url.pathname === '/api/call' || url.pathname === '/api/upload') {
          if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: 'Use POST.' } });
          if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) {
            return sendJson(res, 401, {
              ok: false,
              error: { code: 'forbidden', message: 'Missing or wrong session token. Open the app from the link Housing Desk printed.' },
            });
          }
        }

        if (url.pathname === '/api/upload') {
          // The raw bytes, held as they came: nothing is decoded or parsed on this thread.
          if (req.headers['content-type'] !== 'application/octet-stream') {
            return sendJson(res, 415, { ok: false, error: { code: 'forbidden', message: 'Send the file as application/octet-stream.' } });
          }
          try {
            return sendJson(res, 200, options.core.upload(await readBytes(req, MAX_UPLOAD_BYTES)));
          } catch (e) {
            if (!(e instanceof BodyTooLarge)) throw e;
            return sendJson(res, 413, { ok: false, error: { code: 'validation', field: 'fileId', message: tooLargeMessage } });
          }
        }

        if (url.pathname === '/api/call') {
          if (!isJson(req.headers['content-type'])) {
            return sendJson(res, 415, { ok: false, error: { code: 'forbidden', message: 'Send JSON.' } });
          }
          let body: { name?: unknown; input?: unknown };
          try {
            body = JSON.parse(await readBody(req));
          } catch (e) {
            if (e instanceof BodyTooLarge) {
              return sendJson(res, 413, {
                ok: false,
                error: {
                  code: 'validation',
                  message: `The request is too large (over ${MAX_BODY_BYTES / 1024 / 1024} MB).`,
                },
              });
            }
            return sendJson(res, 400, { ok: false, error: { code: 'validation', message: 'The request was not valid JSON.' } });
          }
          const result = await options.core.call(body?.name, body?.input);
          return sendJson(res, 200, result);
        }

        if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: 'Not allowed.' } });
        const found = staticFileFor(staticRoot, url.pathname);
        if (!found) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
        return send(res, 200, fs.readFileSync(found.file), found.type);
      } catch (e) {
        if (e instanceof BadAddress) return sendJson(res, 400, { ok: false, error: { code: 'validation', message: 'The address is not valid.' } });
        return sendJson(res, 500, { ok: false, error: { code: 'internal', message: (e as Error).message } });
      }
    })();
  });

  // Idle connections stay open longer than clients wait between calls, so a client never reuses
  // one the server is just closing.
  server.keepAliveTimeout = 65_000;
  server.maxConnections = limits.maxConnections;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        launchUrl: `${url}#token=${token}`,
        oneTimeUrl: () => {
          const code = crypto.randomBytes(18).toString('base64url');
          launchCodes.set(code, Date.now() + LAUNCH_CODE_TTL_MS);
          return `${url}#code=${code}`;
        },
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
