import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDbPath } from '../../main/db/dbPath';

describe('where the database lives', () => {
  it('takes --db first, then HOUSING_DESK_DB, then the per-user data folder', () => {
    expect(resolveDbPath('rel/x.sqlite', { HOUSING_DESK_DB: '/env/y.sqlite' })).toBe(path.resolve('rel/x.sqlite'));
    expect(resolveDbPath(undefined, { HOUSING_DESK_DB: '/env/y.sqlite' })).toBe('/env/y.sqlite');
    expect(resolveDbPath(undefined, { XDG_DATA_HOME: '/home/u/.data' })).toBe(
      path.join(defaultDataDir({ XDG_DATA_HOME: '/home/u/.data' }), 'housing-desk.sqlite'),
    );
  });

  it('uses each platform’s per-user data folder', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/housing-desk');
    expect(defaultDataDir({}, 'linux', '/home/u')).toBe('/home/u/.local/share/housing-desk');
    expect(defaultDataDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/Housing Desk');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toBe(
      path.join('C:\\Users\\u\\AppData\\Roaming', 'Housing Desk'),
    );
  });
});
