import BetterSqlite3 from 'better-sqlite3';

/** The names of the teams in a database file (a backup, a restored file), read on a connection of its own. */
export function teamsIn(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('select name from teams order by name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}
