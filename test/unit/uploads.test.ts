import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../main/core/errors';
import { createUploads, MAX_UPLOAD_BYTES, ownBuffer, tooLargeMessage } from '../../main/core/uploads';

const fileIdOf = (r: ReturnType<ReturnType<typeof createUploads>['put']>) => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value.fileId;
};
const refusal = (take: () => unknown) => {
  try {
    take();
  } catch (e) {
    return e instanceof AppError ? e.toShape() : e;
  }
  throw new Error('expected the upload to be refused');
};
const GONE = { code: 'validation', field: 'fileId', message: 'The file did not arrive, or was sent too long ago: choose it again.' };

describe('uploads: files sent beside a call', () => {
  it('hands back the bytes once, under the id it answered', () => {
    const uploads = createUploads();
    const bytes = new TextEncoder().encode('UPRN,Address\r\n1001,1 Ash House');
    const id = fileIdOf(uploads.put(bytes));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(uploads.take(id)).toBe(bytes);
    expect(refusal(() => uploads.take(id))).toEqual(GONE);
    expect(refusal(() => uploads.take('6f1c1bd4-8d54-4a8e-9d5c-2c3f7a1e0b9a', 'backup'))).toEqual({ ...GONE, field: 'backup' });
  });

  it('refuses an empty file and one over the limit, naming the field', () => {
    const uploads = createUploads();
    expect(uploads.put(new Uint8Array(0))).toEqual({
      ok: false,
      error: { code: 'validation', field: 'fileId', message: 'The file is empty: choose another.' },
    });
    expect(uploads.put(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toEqual({ ok: false, error: { code: 'validation', field: 'fileId', message: tooLargeMessage } });
    expect(uploads.put(new Uint8Array(MAX_UPLOAD_BYTES)).ok).toBe(true);
  });

  it('lets go of an upload no call named within ten minutes, and holds at most four', () => {
    let now = 0;
    const uploads = createUploads(() => now);
    const early = fileIdOf(uploads.put(new Uint8Array([1])));
    now = 10 * 60_000 + 1;
    expect(refusal(() => uploads.take(early))).toEqual(GONE);

    const ids = [1, 2, 3, 4, 5].map((n) => fileIdOf(uploads.put(new Uint8Array([n]))));
    expect(refusal(() => uploads.take(ids[0]!))).toEqual(GONE);
    expect(ids.slice(1).map((id) => uploads.take(id)[0])).toEqual([2, 3, 4, 5]);
  });

  it('lets go of an upload after ten minutes even when nothing else is sent or taken', () => {
    vi.useFakeTimers();
    try {
      const uploads = createUploads();
      fileIdOf(uploads.put(new Uint8Array(1024)));
      vi.advanceTimersByTime(10 * 60_000 - 1);
      expect(uploads.count).toBe(1);
      vi.advanceTimersByTime(1);
      expect(uploads.count).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives bytes a buffer of their own only when they share one', () => {
    const own = new Uint8Array([1, 2, 3]);
    expect(ownBuffer(own)).toBe(own);
    const shared = Buffer.from('a small string shares the pool');
    const copy = ownBuffer(shared);
    expect(copy.byteLength).toBe(copy.buffer.byteLength);
    expect(Buffer.from(copy).toString()).toBe('a small string shares the pool');
  });
});
