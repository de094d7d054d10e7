import type { AppErrorShape, CallInput, CallName, CallOutput, FieldProblem, Result } from '../shared/contract';

// One client for both hosts: Electron's preload bridge when present, else the loopback web host.

interface Bridge {
  host: 'electron';
  call(name: string, input: unknown): Promise<Result<unknown>>;
  upload(bytes: ArrayBuffer): Promise<Result<{ fileId: string }>>;
}

declare global {
  interface Window {
    housingDesk?: Bridge;
  }
}

export class ApiError extends Error {
  readonly code: AppErrorShape['code'];
  readonly field?: string;
  /** every problem main found, when there was more than one */
  readonly problems: FieldProblem[];
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.field = shape.field;
    this.problems = shape.problems ?? [];
  }
}

const TOKEN_KEY = 'housing-desk-token';

let session: Promise<void> = Promise.resolve();

/**
 * The web host hands over its per-run token in the URL fragment (never sent to a server), either
 * as the token itself or as a one-time code to trade for it. Kept for this tab only.
 */
export function takeTokenFromUrl(): void {
  const token = /^#token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  const code = /^#code=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (token || code) history.replaceState(null, '', `${window.location.pathname}#/`);
  if (token) sessionStorage.setItem(TOKEN_KEY, token[1]!);
  if (code) {
    session = fetch('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: code[1] }) })
      .then((r) => r.json())
      .then((r: Result<{ token: string }>) => {
        if (r.ok) sessionStorage.setItem(TOKEN_KEY, r.value.token);
      })
      .catch(() => undefined);
  }
}

/** POSTs to the web host with the session's token; its answer, or why there is none. */
async function webPost<T>(path: '/api/call' | '/api/upload', contentType: string, body: BodyInit): Promise<Result<T>> {
  await session;
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': contentType, 'X-Housing-Desk-Token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
    body,
  });
  try {
    return (await response.json()) as Result<T>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `The app's host answered ${response.status}.` } };
  }
}

const webCall = (name: string, input: unknown) => webPost<unknown>('/api/call', 'application/json', JSON.stringify({ name, input }));
const webUpload = (file: File) => webPost<{ fileId: string }>('/api/upload', 'application/octet-stream', file);

/**
 * Sends a file to main beside the calls, as its raw bytes: answers the id a call names it by
 * (`fileId`). A file goes once per call that uses it.
 */
export async function upload(file: File): Promise<string> {
  let result: Result<{ fileId: string }>;
  try {
    result = window.housingDesk ? await window.housingDesk.upload(await file.arrayBuffer()) : await webUpload(file);
  } catch (e) {
    throw new ApiError({
      code: 'internal',
      message: `${file.name} could not be read and sent to Housing Desk (${(e as Error).message}). Choose it again; if that fails, is Housing Desk still running?`,
    });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value.fileId;
}

export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  let result: Result<unknown>;
  try {
    result = window.housingDesk ? await window.housingDesk.call(name, input) : await webCall(name, input);
  } catch (e) {
    throw new ApiError({ code: 'internal', message: `Housing Desk could not be reached (${(e as Error).message}). Is it still running?` });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value as CallOutput<N>;
}

export const hostKind = (): 'electron' | 'web' => (window.housingDesk ? 'electron' : 'web');
