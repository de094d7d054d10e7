import { expect, firstRun, test } from './fixtures';

// The training register's imports from the app: a completions file with a bad row, checked, then
// imported for its valid rows, and a staff file whose report lists the team it adds.

test('a training file imported from the Imports page: the bad row by row and column, then the valid rows, and the matrix changes', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstRun(page, app, true);
  const today = (await app.call('app.info')).today as string;
  const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const matrix = await app.call('training.matrix', {});
  const complaints = matrix.courses.findIndex((c) => c.name === 'Complaints handling');
  // someone employed today for whom complaints handling is required and not in date
  const person = matrix.people.find((p) => ['missing', 'due', 'expired'].includes(p.cells[complaints]!.status))!;
  const email = (await app.call('people.list')).find((p) => p.id === person.id)!.email;

  await page.getByRole('link', { name: 'Imports', exact: true }).click();
  await page.getByLabel('What the file holds').selectOption({ label: 'Training completed' });
  await expect(page.getByText(/Columns recognised by name .*Email, Course, Date completed/)).toBeVisible();
  const csv = [
    'Email,Course,Date completed,Expiry date,Evidence',
    `${email},Complaints handling,${uk(today)},,certificates/complaints.pdf`,
    `nobody@example-council.gov.uk,Complaints handling,${uk(today)},,`,
  ].join('\r\n');
  await page.getByLabel('File to import').setInputFiles({ name: 'training.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  const problems = page.getByRole('table', { name: 'Problems in the file' });
  await expect(problems.locator('tbody tr')).toHaveCount(1);
  await expect(problems.locator('tbody tr').nth(0)).toContainText('3EmailNo one on record has the e-mail nobody@example-council.gov.uk.');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/training-import-problems.png' });

  await page.getByLabel('Import the valid rows only').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(
    '2 rows: 1 new, 0 updated, 0 unchanged. Imported. 1 row skipped because of problems (row 3).',
  );
  const after = await app.call('training.matrix', {});
  expect(after.people.find((p) => p.id === person.id)!.cells[complaints]!.status).toBe('in_date');
  expect(after.courses[complaints]!.compliant).toBe(matrix.courses[complaints]!.compliant + 1);

  // a staff file: the report says which team it adds, before anything is written
  await page.getByLabel('What the file holds').selectOption({ label: 'Staff (teams, job roles, line managers)' });
  const staff = [
    'Name,Email,Team,Job role,Start date,Line manager',
    `Nia Evans,nia.evans@example-council.gov.uk,Income recovery,Housing officer,${uk(today)},${person.name}`,
  ].join('\r\n');
  await page.getByLabel('File to import').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(staff) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('list', { name: 'What the import adds or changes' })).toContainText('New team: Income recovery (row 2).');
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('No problems found: ready to import.');
  await page.screenshot({ path: 'test-results/screens/staff-import-check.png' });
});
