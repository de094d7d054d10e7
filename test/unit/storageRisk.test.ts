import { describe, expect, it } from 'vitest';
import { mountTypeOf, storageRisk } from '../../main/db/storageRisk';

const MOUNTS = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  'fileserver:/housing /mnt/housing nfs4 rw 0 0',
  '//fs01/shared /mnt/shared\\040drive cifs rw 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
].join('\n');

describe('where the database lives', () => {
  it('is fine on the computer’s own disk', () => {
    expect(storageRisk('/home/priya/housing-desk.sqlite', MOUNTS)).toBeNull();
    expect(storageRisk('/tmp/x/housing.sqlite', MOUNTS)).toBeNull();
    expect(storageRisk('C:\\Users\\Priya\\AppData\\Roaming\\Housing Desk\\housing-desk.sqlite', null)).toBeNull();
  });

  it('is a risk on a network share, by its path or its mount’s filesystem, saying why', () => {
    expect(storageRisk('\\\\fs01\\housing\\housing-desk.sqlite', null)).toMatch(/^The database is on a network share .*cannot lock a file there reliably/);
    expect(storageRisk('/mnt/housing/db/housing-desk.sqlite', MOUNTS)).toMatch(/network drive \(nfs4\)/);
    expect(storageRisk('/mnt/shared drive/housing-desk.sqlite', MOUNTS)).toMatch(/network drive \(cifs\)/);
  });

  it('is a risk in a folder a sync service copies', () => {
    expect(storageRisk('C:\\Users\\Priya\\OneDrive - Northgate Council\\Housing\\hd.sqlite', null)).toMatch(/folder that OneDrive syncs.*journal separately/);
    expect(storageRisk('/Users/priya/Dropbox/hd.sqlite', null)).toMatch(/Dropbox/);
    expect(storageRisk('/Users/priya/Library/Mobile Documents/com~apple~CloudDocs/hd.sqlite', null)).toMatch(/iCloud Drive/);
    expect(storageRisk('/Users/priya/Library/CloudStorage/GoogleDrive-priya@northgate.gov.uk/My Drive/hd.sqlite', null)).toMatch(/syncs/);
  });

  it('finds the longest mount point holding the file', () => {
    expect(mountTypeOf('/mnt/housing/a.sqlite', MOUNTS)).toBe('nfs4');
    expect(mountTypeOf('/mnt/housingX/a.sqlite', MOUNTS)).toBe('ext4');
    expect(mountTypeOf('/tmp', MOUNTS)).toBe('tmpfs');
  });
});
