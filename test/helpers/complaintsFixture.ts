import type Database from 'better-sqlite3';
import { runImport } from '../../main/imports/runImport';

// A small complaints log whose late responses were counted by hand (working days after the due
// day; no bank holiday falls between March and August 2025 but Good Friday and Easter Monday, which
// no span here crosses):
// - stage 1 acknowledged 04/06/2025 is due 18/06/2025: HC-A on the day, HC-B 5 late (25/06),
//   HC-C 6 late (26/06), HC-D 10 late (02/07), HC-E 11 late (03/07);
// - HC-X stage 1, received 03/03/2025 (2024/25), acknowledged 05/03, due 19/03, answered 02/04/2025
//   (2025/26, quarter 1), 10 late;
// - stage 2 acknowledged 03/07/2025 is due 31/07/2025: HC-A on the day, HC-B 1 late (01/08);
// - HC-F stage 1 received in 2025/26 and still open.
export const COMPLAINTS_FIXTURE = [
  'Reference,Stage,Received,Acknowledged,Extension (working days),Responded,Tenure,Service area,Outcome,Compensation',
  'HC-A,1,02/06/2025,04/06/2025,0,18/06/2025,Tenant,Repairs,Upheld,',
  'HC-B,1,02/06/2025,04/06/2025,0,25/06/2025,Tenant,Repairs,Partly upheld,£100',
  'HC-C,1,02/06/2025,04/06/2025,0,26/06/2025,Leaseholder,Neighbourhoods,Not upheld,',
  'HC-D,1,02/06/2025,04/06/2025,0,02/07/2025,Shared ownership,,,',
  'HC-E,1,02/06/2025,04/06/2025,0,03/07/2025,Other,,,',
  'HC-X,1,03/03/2025,05/03/2025,0,02/04/2025,Tenant,Repairs,,',
  'HC-A,2,01/07/2025,03/07/2025,0,31/07/2025,Tenant,Repairs,Upheld,',
  'HC-B,2,01/07/2025,03/07/2025,0,01/08/2025,Tenant,Repairs,Not upheld,',
  'HC-F,1,02/02/2026,,0,,Tenant,Neighbourhoods,,',
].join('\r\n');

export async function importComplaintsFixture(sqlite: Database.Database, today: string): Promise<void> {
  const report = await runImport(sqlite, 'complaints', 'log.csv', Buffer.from(COMPLAINTS_FIXTURE, 'utf8'), {
    dryRun: false,
    validOnly: false,
    actor: 'Importer',
    now: `${today}T10:00:00.000Z`,
    today,
  });
  if (!report.applied) throw new Error(`The complaints fixture did not import: ${JSON.stringify(report.problems)}`);
}
