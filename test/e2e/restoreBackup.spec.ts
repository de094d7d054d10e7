import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_FILE_MB } from '../../shared/domain/importFields';
import { expect, firstRun, test } from './fixtures';

// Restoring a backup from Settings: the app checks it, swaps the database under the running host
// and shows the earlier data; a damaged file is refused in a sentence and changes nothing.

test('restoring a backup from Settings brings back the earlier data and keeps the current data as a backup', async ({ page, app }) => {
  await firstRun(page, app, false);
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByTestId('backups');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(card).toContainText(/2 backups/);
  // changes made after that backup
  await app.call('teams.create', { name: 'Repairs' });
  await app.call('settings.update', { organisation: 'Changed Council' });
  await page.reload();
  await expect(page.getByLabel('Organisation')).toHaveValue('Changed Council');

  await card
    .getByRole('table', { name: 'Backups kept' })
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText(
    /Your current data will be kept as a backup named e2e\.sqlite\.before-restore\.\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.bak beside the database/,
  );
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/screens/settings-restore-confirm.png' });
  await dialog.getByRole('button', { name: 'Restore' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: /^Restored from e2e\.sqlite\..*\.backup\.sqlite\. The data it replaced is kept as .*before-restore.*\.bak\./ }),
  ).toBeVisible();
  await expect(page.getByLabel('Organisation')).toHaveValue('Northgate Borough Council');
  expect((await app.call('teams.list')).map((t) => t.name)).not.toContain('Repairs');
  const kept = fs.readdirSync(path.dirname(app.dbPath)).filter((f) => /^e2e\.sqlite\.before-restore\..*\.bak$/.test(f));
  expect(kept).toHaveLength(1);
  await page.getByRole('link', { name: 'People and teams' }).click();
  await expect(page.getByRole('heading', { name: 'People and teams' })).toBeVisible();
  await expect(page.getByText('Repairs')).toHaveCount(0);
});

test('a damaged file chosen to restore is refused by name, and the data stays as it was', async ({ page, app }) => {
  await firstRun(page, app, false);
  await app.call('teams.create', { name: 'Repairs' });
  const damaged = path.join(path.dirname(app.dbPath), 'monday.sqlite');
  fs.writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Backup file to restore').setInputFiles(damaged);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('backups').getByRole('alert')).toHaveText(/^monday\.sqlite .*Your database has not been changed/);
  expect((await app.call('teams.list')).map((t) => t.name)).toContain('Repairs');
});

test('a backup too large to send from the window is refused before it is sent, saying how to restore it instead', async ({ page, app }) => {
  await firstRun(page, app, false);
  const large = path.join(path.dirname(app.dbPath), 'large.sqlite');
  fs.writeFileSync(large, Buffer.alloc((MAX_IMPORT_FILE_MB + 1) * 1024 * 1024, 0x5a));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Backup file to restore').setInputFiles(large);
  await expect(page.getByTestId('backups').getByRole('alert')).toHaveText(
    `large.sqlite is ${MAX_IMPORT_FILE_MB + 1} MB: a backup over ${MAX_IMPORT_FILE_MB} MB cannot be sent from the window. Close Housing Desk and restore it from the command line: housing-desk restore --db "${app.dbPath}" followed by the path of large.sqlite.`,
  );
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toHaveCount(0);
});
