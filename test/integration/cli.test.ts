import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatDateLong, localToday } from '../../shared/domain/dates';
import { tempDir } from '../helpers/testCore';

// Runs the built command line (npm test builds before it runs vitest).
const bin = path.resolve(__dirname, '../../bin/housing-desk.js');
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30000 });

describe('housing-desk command line', () => {
  it('is built', () => {
    expect(fs.existsSync(path.resolve(__dirname, '../../dist/main/cli.js')), 'run npm run build first').toBe(true);
  });

  it('demo creates the database and loads the demo once', () => {
    const db = path.join(tempDir(), 'sub', 'demo.sqlite');
    const first = run(['demo', '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/1 programme, 24 recommendations, \d+ progress notes/);
    expect(first.stdout).toMatch(/2 monthly updates \(last month's published, this month's in draft\) and 2 committee papers in draft\.$/m);
    const second = run(['demo', '--db', db]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/The demo loads only into an empty database, and this one already holds 1 programme, \d+ policies, .*\d+ homes/);
  });

  it('demo without a database path is a usage error', () => {
    const r = run(['demo'], { HOUSING_DESK_DB: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/demo needs --db PATH/);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['serve', '--port', 'eighty']).stderr).toMatch(/--port must be a whole number/);
  });

  it('serve prints one line with the full URL and token, and answers calls', async () => {
    const db = path.join(tempDir(), 'serve.sqlite');
    const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c) => {
          out += c;
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
        setTimeout(() => reject(new Error('no URL printed')), 15000);
      });
      const m = /^Housing Desk is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+))$/.exec(line);
      expect(m, line).not.toBeNull();
      const [, , port, token] = m!;
      const res = await fetch(`http://127.0.0.1:${port}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-housing-desk-token': token! },
        body: JSON.stringify({ name: 'app.info', input: {} }),
      });
      const body = await res.json();
      expect(body).toMatchObject({ ok: true, value: { firstRun: true, isEmpty: true, dbPath: db } });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('housing-desk export', () => {
  it('writes the monthly update and the recommendations document, and fails clearly on bad input', () => {
    const dir = tempDir();
    const db = path.join(dir, 'export.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const out = path.join(dir, 'november.docx');
    const ok = run(['export', 'monthly-update', '--db', db, '--programme', 'rfp', '--month', '2026-11', '--out', out]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const recs = run(['export', 'recommendations', '--db', db, '--programme', 'Resident Focus Project', '--out', path.join(dir, 'recs.docx')]);
    expect(recs.status).toBe(0);

    const unknown = run(['export', 'monthly-update', '--db', db, '--programme', 'XYZ', '--month', '2026-11', '--out', out]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/There is no programme "XYZ". Programmes in this database: RFP \(Resident Focus Project\)/);
    const month = run(['export', 'monthly-update', '--db', db, '--programme', 'RFP', '--month', '2026-13', '--out', out]);
    expect(month.status).toBe(2);
    expect(month.stderr).toMatch(/--month must be a month like 2026-11, not "2026-13"/);
    const unwritable = run(['export', 'recommendations', '--db', db, '--programme', 'RFP', '--out', path.join(dir, 'missing', 'x.docx')]);
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toMatch(/Could not write .*missing.*the folder does not exist/);
    const noDb = run(['export', 'recommendations', '--db', path.join(dir, 'nope.sqlite'), '--programme', 'RFP', '--out', out]);
    expect(noDb.status).toBe(1);
    expect(noDb.stderr).toMatch(/There is no database at/);
    expect(fs.existsSync(path.join(dir, 'nope.sqlite'))).toBe(false);
  });
});

describe('housing-desk export training-matrix', () => {
  it('writes the matrix as .xlsx or .csv by --out, for a team and a date, and refuses another ending or an unknown team', () => {
    const dir = tempDir();
    const db = path.join(dir, 'training.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const csv = path.join(dir, 'matrix.csv');
    const ok = run(['export', 'training-matrix', '--db', db, '--team', 'housing management', '--as-at', '31/03/2026', '--out', csv]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const lines = fs.readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFName,Email,Team,Job role,/);
    expect(lines.slice(1).every((l) => l.includes(',Housing Management,'))).toBe(true);
    const xlsx = path.join(dir, 'matrix.xlsx');
    expect(run(['export', 'training-matrix', '--db', db, '--out', xlsx]).status).toBe(0);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    const docx = run(['export', 'training-matrix', '--db', db, '--out', path.join(dir, 'matrix.docx')]);
    expect(docx.status).toBe(2);
    expect(docx.stderr).toMatch(/--out must end in .xlsx or .csv, not "matrix.docx"/);
    const team = run(['export', 'training-matrix', '--db', db, '--team', 'Gardening', '--out', csv]);
    expect(team.status).toBe(1);
    expect(team.stderr).toMatch(/There is no team called "Gardening"/);
  });
});

describe('housing-desk export: committee papers and the policy schedule', () => {
  it('exports a paper by meeting date or number, and the policy schedule', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'papers.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const { openDatabase } = await import('../../main/db/open');
    const { createCore } = await import('../../main/core/dispatch');
    const database = await openDatabase(db);
    const core = createCore(database, { host: 'web', log: () => {} });
    await core.call('app.setup', { userName: 'Clerk', organisation: 'Northgate', loadDemo: false });
    const meetings = (await core.call('meetings.list', {})) as { ok: true; value: { id: number; status: string; meetingDate: string }[] };
    const next = meetings.value.find((m) => m.status === 'scheduled')!;
    const created = await core.call('papers.create', {
      meetingId: next.id,
      title: 'Progress report',
      narrative: { summary: 'Progress.', recommendations: 'note the report' },
    });
    expect(created.ok).toBe(true);
    await database.close();

    const out = path.join(dir, 'paper.docx');
    // the demo's own draft papers are papers 1 and 2 of the same meeting, so the date alone does not say which
    const byDate = run(['export', 'committee-paper', '--db', db, '--meeting', next.meetingDate, '--paper', '3', '--out', out]);
    expect(byDate.stderr).toBe('');
    expect(byDate.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(run(['export', 'committee-paper', '--db', db, '--meeting', String(next.id), '--paper', '1', '--out', out]).status).toBe(0);
    const wrong = run(['export', 'committee-paper', '--db', db, '--meeting', '1999-01-01', '--out', out]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/There is no meeting "1999-01-01"/);
    const noPaper = run(['export', 'committee-paper', '--db', db, '--meeting', String(next.id), '--paper', '99', '--out', out]);
    expect(noPaper.stderr).toMatch(
      /Paper 99 is not one of this meeting's papers: 1 \(.+\), 2 \(Annual complaints performance report .+\), 3 \(Progress report\)/,
    );
    expect(run(['export', 'committee-paper', '--db', db, '--out', out]).stderr).toMatch(/needs --meeting/);
    const schedule = run(['export', 'policy-schedule', '--db', db, '--out', path.join(dir, 'schedule.docx')]);
    expect(schedule.status).toBe(0);
  });
});

describe('the built renderer', () => {
  it('carries the same CSP in its meta tag as the web host sends', async () => {
    const { META_CONTENT_SECURITY_POLICY } = await import('../../main/hosts/csp');
    const html = fs.readFileSync(path.resolve(__dirname, '../../dist/renderer/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`);
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });
});

describe('housing-desk import', () => {
  it('import takes a column mapping with --map, and names a mapped field that does not exist', () => {
    const dir = tempDir();
    const db = path.join(dir, 'map.sqlite');
    const stock = path.join(dir, 'stock.csv');
    fs.writeFileSync(stock, 'Property ref,Address,Estate,Block,Tenure,Gas\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes\n');
    const unmapped = run(['import', 'stock', stock, '--db', db]);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toContain('Row 1, UPRN: The file has no “UPRN” column.');
    const wrong = run(['import', 'stock', stock, '--db', db, '--map', 'Property ref=uprm']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('The column “Property ref” is mapped to “uprm”, which is not a field of a stock file.');
    const mapped = run(['import', 'stock', stock, '--db', db, '--map', 'Property ref=uprn']);
    expect(mapped.stdout).toContain('1 row: 1 new');
    expect(mapped.status).toBe(0);
  });

  it('import --dry-run changes nothing, and --valid-only imports the rows without problems', () => {
    const dir = tempDir();
    const db = path.join(dir, 'certs.sqlite');
    const stock = path.join(dir, 'stock.csv');
    fs.writeFileSync(stock, 'UPRN,Address,Estate,Block,Tenure,Gas\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes\n');
    expect(run(['import', 'stock', stock, '--db', db]).status).toBe(0);
    const certs = path.join(dir, 'certs.csv');
    fs.writeFileSync(certs, 'Check type,UPRN,Date done,Reference\nGAS,1001,01/05/2025,G-1\nGAS,9999,01/05/2025,G-2\n');
    const count = () => {
      const out = run(['tsm', '--db', db, '--as-at', '2025-06-01', '--json']);
      return JSON.parse(out.stdout).BS01.compliant as number;
    };
    const dry = run(['import', 'certificates', certs, '--db', db, '--dry-run']);
    expect(dry.status).toBe(1);
    expect(dry.stderr).toBe(
      '2 rows: 1 new, 0 updated, 0 unchanged, 1 problem.\nRow 3, UPRN: UPRN 9999 is not in the stock. Import the stock first, or correct the UPRN.\nDry run: nothing was changed. Correct the file, or import the valid rows only.\n',
    );
    // what --valid-only would do: the problem listed, the rest ready
    const dryValid = run(['import', 'certificates', certs, '--db', db, '--dry-run', '--valid-only']);
    expect(dryValid.status).toBe(0);
    expect(dryValid.stdout).toMatch(
      /^2 rows: 1 new, 0 updated, 0 unchanged, 1 problem\.\nRow 3, UPRN: .*\nDry run: nothing was changed\. Correct the file, or import the valid rows only\.\n$/,
    );
    expect(count()).toBe(0);
    const valid = run(['import', 'certificates', certs, '--db', db, '--valid-only']);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(
      /^2 rows: 1 new, 0 updated, 0 unchanged, 1 problem\.\nRow 3, UPRN: .*\nImported\. 1 row skipped because of problems \(row 3\)\.\n$/,
    );
    expect(count()).toBe(1);
    const clean = path.join(dir, 'clean.csv');
    fs.writeFileSync(clean, 'Check type,UPRN,Date done,Reference\nGAS,1001,01/05/2025,G-1\n');
    const again = run(['import', 'certificates', clean, '--db', db, '--dry-run']);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('1 row: 0 new, 0 updated, 1 unchanged.\nDry run: nothing was changed.\n');
  });
});

// each test runs the built command line several times
describe('housing-desk: plain sentences, not stack traces', { timeout: 90_000 }, () => {
  const usageLine = 'Usage: housing-desk <command> [options]';
  const noStack = (text: string) => {
    expect(text).not.toMatch(/unexpected failure|^\s+at /m);
    expect(text).not.toContain('To specify a positional argument');
  };

  it('an option without its value, an unknown option, --version and help', () => {
    const db = path.join(tempDir(), 'none.sqlite');
    const bare = run(['tsm', '--db', db, '--as-at']);
    expect(bare.status).toBe(2);
    expect(bare.stderr.split('\n')[0]).toBe('housing-desk: --as-at needs a value, for example --as-at 31/03/2027.');
    expect(bare.stderr).toContain(usageLine);
    noStack(bare.stderr);
    const ambiguous = run(['tsm', '--db', db, '--as-at', '--json']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr.split('\n')[0]).toBe('housing-desk: --as-at needs a value, for example --as-at 31/03/2027.');
    const flagValue = run(['tsm', '--db', db, '--json=yes']);
    expect(flagValue.status).toBe(2);
    expect(flagValue.stderr.split('\n')[0]).toBe('housing-desk: --json takes no value: give it on its own.');

    const bogus = run(['--bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr.split('\n')[0]).toBe('housing-desk: There is no option --bogus.');
    expect(bogus.stderr).toContain(usageLine);
    noStack(bogus.stderr);

    const version = run(['--version']);
    expect(version.status).toBe(0);
    const { version: appVersion } = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(version.stdout).toBe(`housing-desk ${appVersion}\n`);
    expect(version.stderr).toBe('');
    for (const args of [['help'], ['--help'], ['-h']]) {
      const help = run(args);
      expect(help.status, args[0]).toBe(0);
      expect(help.stdout.split('\n')[0]).toBe(usageLine);
    }
    expect(fs.existsSync(db)).toBe(false);
  });

  it('a file that is not a database is named and left untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.sqlite');
    const bytes = Buffer.from('Minutes of the housing committee, 23 Nov 2026.\n'.repeat(200));
    fs.writeFileSync(file, bytes);
    for (const args of [
      ['demo', '--db', file],
      ['tsm', '--db', file],
      ['import', 'stock', path.join(dir, 'notes.sqlite'), '--db', file],
    ]) {
      const r = run(args);
      expect(r.status, args[0]).toBe(1);
      expect(r.stderr, args[0]).toBe(
        `housing-desk: ${file} is not a Housing Desk database (it is not a SQLite database file). Check the path, or give a new file name to start a new database.\n`,
      );
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.readdirSync(dir)).toEqual(['notes.sqlite']);
    }
    // another program's SQLite database is not migrated into one of ours
    const other = path.join(tempDir(), 'other.sqlite');
    const sqlite = new BetterSqlite3(other);
    sqlite.exec("create table notes (body text); insert into notes values ('keep me')");
    sqlite.close();
    const otherBytes = fs.readFileSync(other);
    const r = run(['demo', '--db', other]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `housing-desk: ${other} is not a Housing Desk database (it is another program's SQLite database). Check the path, or give a new file name to start a new database.\n`,
    );
    expect(fs.readFileSync(other).equals(otherBytes)).toBe(true);
  });

  it('tsm takes UK dates as well as ISO ones, explains a bad one and labels a future one projected', () => {
    const dir = tempDir();
    const db = path.join(dir, 'tsm.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const iso = run(['tsm', '--db', db, '--as-at', '2026-03-31', '--json']);
    expect(iso.status).toBe(0);
    const uk = run(['tsm', '--db', db, '--as-at', '31/03/2026', '--json']);
    expect(uk.stderr).toBe('');
    expect(uk.status).toBe(0);
    expect(uk.stdout).toBe(iso.stdout);
    expect(JSON.parse(uk.stdout)).toMatchObject({ asAt: '2026-03-31', projected: false });
    const text = run(['tsm', '--db', db, '--as-at', '31/3/26']);
    expect(text.stdout.split('\n')[0]).toBe('Building-safety measures as at 31 Mar 2026');

    const bad = run(['tsm', '--db', db, '--as-at', '31/02/2026']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('housing-desk: --as-at must be a real date, for example 31/03/2027 or 2027-03-31, not "31/02/2026".');
    noStack(bad.stderr);

    // a year from today, whatever day the test runs
    const ahead = `${Number(localToday().slice(0, 4)) + 1}${localToday().slice(4, 10).replace('-02-29', '-02-28')}`;
    const future = run(['tsm', '--db', db, '--as-at', ahead]);
    expect(future.status).toBe(0);
    expect(future.stderr).toBe(`housing-desk: Projected as at ${formatDateLong(ahead)} (a future date: certificates not yet done count as missing).\n`);
    expect(future.stdout.split('\n')[0]).toBe(`Building-safety measures projected as at ${formatDateLong(ahead)}`);
    const futureJson = run(['tsm', '--db', db, '--as-at', ahead, '--json']);
    expect(futureJson.stderr).toContain('Projected as at');
    expect(JSON.parse(futureJson.stdout)).toMatchObject({ asAt: ahead, projected: true });
  });

  it('export refuses an --out that is not a .docx, for every kind, and writes nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'out.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const out = path.join(dir, 'm.pdf');
    const kinds = [
      ['monthly-update', '--programme', 'RFP', '--month', '2026-11'],
      ['recommendations', '--programme', 'RFP'],
      ['policy-schedule'],
      ['committee-paper', '--meeting', '1'],
    ];
    for (const [kind, ...rest] of kinds) {
      const r = run(['export', kind!, '--db', db, ...rest, '--out', out]);
      expect(r.status, kind).toBe(2);
      expect(r.stderr.split('\n')[0], kind).toBe('housing-desk: --out must end in .docx (exports are Word documents), not "m.pdf".');
      expect(fs.existsSync(out)).toBe(false);
    }
    // any case of the extension is a Word document
    expect(run(['export', 'policy-schedule', '--db', db, '--out', path.join(dir, 'SCHEDULE.DOCX')]).status).toBe(0);
  });

  it('a meeting with no committee paper says to write one in the app', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'nopaper.sqlite');
    expect(run(['demo', '--db', db]).status).toBe(0);
    const sqlite = new BetterSqlite3(db, { readonly: true });
    const meeting = sqlite
      .prepare('select m.id from meetings m where not exists (select 1 from committee_papers p where p.meeting_id = m.id) order by m.id limit 1')
      .get() as { id: number };
    sqlite.close();
    const out = path.join(dir, 'paper.docx');
    const r = run(['export', 'committee-paper', '--db', db, '--meeting', String(meeting.id), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('housing-desk: This meeting has no committee paper yet: write one in the app (Meetings and papers), then export it.\n');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('import of the other kind of file says which kind it looks like', () => {
    const dir = tempDir();
    const db = path.join(dir, 'kinds.sqlite');
    const stock = path.join(dir, 'stock.csv');
    fs.writeFileSync(stock, 'UPRN,Address,Estate,Block,Tenure,Gas\n1001,1 Ash House,Northgate,Ash House,Tenant,Yes\n');
    const certs = path.join(dir, 'certs.csv');
    fs.writeFileSync(certs, 'Check type,UPRN,Date done,Reference\nGAS,1001,01/05/2025,G-1\n');

    const certsAsStock = run(['import', 'stock', certs, '--db', db]);
    expect(certsAsStock.status).toBe(1);
    expect(certsAsStock.stderr).toContain('This looks like a certificates file, not a stock file: use `import certificates`.');
    expect(certsAsStock.stderr).not.toContain('valid rows only');
    const stockAsCerts = run(['import', 'certificates', stock, '--db', db, '--dry-run']);
    expect(stockAsCerts.status).toBe(1);
    expect(stockAsCerts.stderr).toContain('This looks like a stock file, not a certificates file: use `import stock`.');
    expect(stockAsCerts.stderr).not.toContain('valid rows only');
    // a file of the right kind is unaffected
    expect(run(['import', 'stock', stock, '--db', db]).status).toBe(0);
    expect(run(['import', 'certificates', certs, '--db', db]).status).toBe(0);
  });
});

describe('housing-desk import: the training register', () => {
  it('imports courses, requirements, staff and training in order into an empty database, and the matrix shows them', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'training.sqlite');
    const file = (name: string, ...lines: string[]) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, lines.join('\n'));
      return f;
    };
    const courses = file(
      'courses.csv',
      'Course,Category,Refresh months,Mandatory',
      'Complaints handling,Customer service,24,yes',
      'Safeguarding adults,Safeguarding,12,yes',
      'Induction,Induction,,no',
    );
    const requirements = file(
      'requirements.csv',
      'Job role,Course,Team',
      'Housing officer,Complaints handling,',
      'Housing officer,Safeguarding adults,Tenancy',
      'Repairs surveyor,Induction,',
    );
    const staff = file(
      'staff.csv',
      'Name,Email,Team,Job role,Start date,Leave date,Line manager',
      'Ben Okoro,ben.okoro@council.gov.uk,Repairs,Repairs surveyor,01/12/2025,,Ann Patel',
      'Ann Patel,ann.patel@council.gov.uk,Tenancy,Housing officer,01/04/2020,,',
      'Cat Lewis,cat.lewis@council.gov.uk,Tenancy,Housing officer,07/01/2019,30/06/2025,ann.patel@council.gov.uk',
    );
    const training = file(
      'training.csv',
      'Email,Course,Date completed,Expiry date,Evidence',
      'ann.patel@council.gov.uk,Complaints handling,10/01/2025,,',
      'ann.patel@council.gov.uk,Safeguarding adults,20/01/2025,,',
      'cat.lewis@council.gov.uk,Complaints handling,01/02/2024,,',
    );
    const c = run(['import', 'courses', courses, '--db', db]);
    expect(c.stdout).toBe('3 rows: 3 new, 0 updated, 0 unchanged.\nImported.\n');
    const r = run(['import', 'requirements', requirements, '--db', db, '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      '3 rows: 3 new, 0 updated, 0 unchanged.\nNew job role: Housing officer (row 2).\nNew job role: Repairs surveyor (row 4).\nNew team: Tenancy (row 3).\nDry run: nothing was changed.\n',
    );
    expect(run(['import', 'requirements', requirements, '--db', db]).status).toBe(0);
    const s = run(['import', 'staff', staff, '--db', db]);
    expect(s.stdout).toContain('3 rows: 3 new, 0 updated, 0 unchanged.\nNew team: Repairs (row 2).\n');
    expect(s.status).toBe(0);
    const t = run(['import', 'training', training, '--db', db]);
    expect(t.stdout).toBe('3 rows: 3 new, 0 updated, 0 unchanged.\nImported.\n');
    const bad = run(['import', 'training', file('bad.csv', 'Email,Course,Date completed', 'nobody@council.gov.uk,Induction,01/01/2025'), '--db', db]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Row 2, Email: No one on record has the e-mail nobody@council.gov.uk. Import the staff first, or correct the e-mail.');

    const { openDatabase } = await import('../../main/db/open');
    const { createCore } = await import('../../main/core/dispatch');
    const database = await openDatabase(db);
    const core = createCore(database, { host: 'web', log: () => {} });
    const matrix = (await core.call('training.matrix', { asAt: '2026-01-15' })) as {
      ok: true;
      value: { courses: { name: string }[]; people: { name: string; lineManagerName: string | null; cells: { status: string; date: string | null }[] }[] };
    };
    await database.close();
    const names = matrix.value.courses.map((x) => x.name);
    const cells = Object.fromEntries(
      matrix.value.people.map((p) => [
        p.name,
        Object.fromEntries(p.cells.map((cell, i) => [names[i], cell.date ? `${cell.status} ${cell.date}` : cell.status])),
      ]),
    );
    // Cat Lewis had left by the date, so is not in the matrix
    expect(cells).toEqual({
      'Ann Patel': { 'Complaints handling': 'in_date 2027-01-10', 'Safeguarding adults': 'due_soon 2026-01-20', Induction: 'not_required' },
      'Ben Okoro': { 'Complaints handling': 'not_required', 'Safeguarding adults': 'not_required', Induction: 'due 2026-03-01' },
    });
    expect(matrix.value.people.find((p) => p.name === 'Ben Okoro')!.lineManagerName).toBe('Ann Patel');
  });
});
