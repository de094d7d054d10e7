import { expect, firstRun, test } from './fixtures';

test('complaints page: the year figures, and open cases already late listed first', async ({ page, app }) => {
  await firstRun(page, app, true);
  const figures = await app.call('complaints.figures', { year: '2024/25' });
  const log = await app.call('complaints.list', {});
  expect(log.openLate).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
  await expect(page.getByRole('heading', { name: 'Complaints', level: 1 })).toBeVisible();

  const card = page.getByRole('region', { name: 'Complaint figures' });
  await card.getByLabel('Financial year', { exact: true }).selectOption('2024/25');
  const table = card.getByRole('table', { name: 'Complaint figures 2024/25' });
  const share = [figures.all.stage1, figures.all.stage2, figures.tsm.stage1, figures.tsm.stage2].map((s) => `${s.percentOnTime!.toFixed(1)}%`);
  await expect(table.getByRole('row', { name: /^Share on time/ })).toHaveText(`Share on time${share.join('')}`);

  await expect(page.getByRole('status', { name: 'Open cases needing attention' })).toContainText(`${log.openLate} open case`);
  // the first row of the grid is an open case already late, in words
  const firstRow = page.getByRole('grid').getByRole('row').nth(1);
  await expect(firstRow.getByRole('gridcell').first()).toHaveText(log.rows[0]!.reference);
  await expect(firstRow.getByRole('gridcell', { name: 'Open, late' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/complaints-1366.png' });
});

test("settings: a non-working day added works the complaints' due dates out again and says so", async ({ page, app }) => {
  await firstRun(page, app, true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Non-working days' });
  await expect(card.getByRole('table', { name: 'Non-working days' })).toContainText('Council offices closed between Christmas and New Year');
  await card.getByLabel('Date').fill('02/06/2025');
  await card.getByLabel('Name').fill('Staff training day');
  await card.getByRole('button', { name: 'Add non-working day' }).click();
  await expect(card.getByRole('status')).toHaveText(/^Added\. \d+ complaint stages had their due dates worked out again\.$/);
  await expect(card.getByRole('table', { name: 'Non-working days' })).toContainText('Staff training day');
  expect((await app.call('nonWorkingDays.list')).map((d) => d.date)).toContain('2025-06-02');
  await card.screenshot({ path: 'test-results/screens/non-working-days.png' });
});

test('imports screen: a complaints log with a bad row imports nothing, names row and column, and offers no valid rows only', async ({ page, app }) => {
  await firstRun(page, app, false);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
  await page.getByLabel('What the file holds').selectOption({ label: 'Complaints log (one row per complaint stage)' });
  const header = 'Reference,Stage,Received,Acknowledged,Extension (working days),Responded,Tenure';
  const file = (...rows: string[]) => ({ name: 'complaints.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n')) });
  await page.getByLabel('File to import').setInputFiles(file('HC-1,1,02/06/2025,04/06/2025,0,18/06/2025,Tenant', 'HC-2,3,02/06/2025,,,,Tenant'));
  await page.getByRole('button', { name: 'Check the file' }).click();
  const problems = page.getByRole('table', { name: 'Problems in the file' });
  await expect(problems.getByRole('row').nth(1)).toHaveText('3Stage“3” is not a stage: use 1 or 2.');
  await expect(page.getByText('All or nothing: a file with a problem imports nothing.')).toBeVisible();
  await expect(page.getByLabel('Import the valid rows only')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  await page.getByLabel('File to import').setInputFiles(file('HC-1,1,02/06/2025,04/06/2025,0,18/06/2025,Tenant'));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('Imported.');
  expect((await app.call('complaints.list', {})).rows.map((r) => [r.reference, r.status])).toEqual([['HC-1', 'on_time']]);
});
