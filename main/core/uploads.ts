// Files the window sends for a call (an import's spreadsheet, a backup to restore) arrive beside the
// call as raw bytes and are held here under an id the call then names. Sent inside the call as base64
// in JSON, a large file held the thread that answers calls while it was read, parsed and copied.
import crypto from 'node:crypto';
import { MAX_IMPORT_FILE_MB } from '../../shared/domain/importFields';
import type { Result } from '../../shared/contract/result';
import { invalid } from './errors';

export const MAX_UPLOAD_BYTES = MAX_IMPORT_FILE_MB * 1024 * 1024;
/** An upload not named by a call within this time is dropped. */
const HOLD_MS = 10 * 60_000;
/** At most this many are held at once: the oldest goes first. */
const MAX_HELD = 4;

export interface Uploads {
  /** Holds the bytes; answers the id a call names them by. */
  put(bytes: Uint8Array): Result<{ fileId: string }>;
  /** The bytes of an upload, which are no longer held. A field error on `field` when unknown or already used. */
  take(fileId: string, field?: string): Uint8Array;
  /** how many are held */
  readonly count: number;
}

export const tooLargeMessage = `The file is over ${MAX_IMPORT_FILE_MB} MB, too large to send from the window: split a spreadsheet and import the parts; restore a larger backup with housing-desk restore.`;

export function createUploads(now: () => number = Date.now): Uploads {
  const held = new Map<string, { bytes: Uint8Array; until: number }>();
  const dropExpired = () => {
    for (const [id, u] of held) if (u.until < now()) held.delete(id);
  };
  return {
    put(bytes) {
      if (bytes.byteLength === 0) return { ok: false, error: { code: 'validation', field: 'fileId', message: 'The file is empty: choose another.' } };
      if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: { code: 'validation', field: 'fileId', message: tooLargeMessage } };
      dropExpired();
      while (held.size >= MAX_HELD) held.delete(held.keys().next().value!);
      const fileId = crypto.randomUUID();
      held.set(fileId, { bytes, until: now() + HOLD_MS });
      // let go even if no other upload or call comes to drop it
      setTimeout(() => held.delete(fileId), HOLD_MS).unref();
      return { ok: true, value: { fileId } };
    },
    take(fileId, field = 'fileId') {
      dropExpired();
      const upload = held.get(fileId);
      if (!upload) throw invalid(field, 'The file did not arrive, or was sent too long ago: choose it again.');
      held.delete(fileId);
      return upload.bytes;
    },
    get count() {
      return held.size;
    },
  };
}

/** The bytes in an ArrayBuffer of their own, so they can be handed to a worker without a copy. */
export function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes as Uint8Array<ArrayBuffer>;
  return new Uint8Array(bytes);
}
