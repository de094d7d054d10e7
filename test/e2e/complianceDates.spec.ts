import { expect, firstRun, test } from './fixtures';

const long = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

test('the as-at boxes: Enter applies a date, a bad one is explained, a future one is labelled projected', async ({ page, app }) => {
  await firstRun(page, app, true);
  const today = (await app.call('app.info')).today as string;
  // a year from today, whatever day the test runs
  const ahead = `${Number(today.slice(0, 4)) + 1}${today.slice(4).replace('-02-29', '-02-28')}`;
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  const positionHeading = page.getByRole('heading', { level: 2, name: /position as at/i });
  await expect(positionHeading).toHaveText(`Position as at ${long(today)}`);

  // Enter applies, without leaving the box
  const asAt = page.getByLabel('As at', { exact: true });
  await asAt.fill('31/03/2026');
  await asAt.press('Enter');
  await expect(positionHeading).toHaveText('Position as at 31 Mar 2026');
  await expect(asAt).toBeFocused();

  // a date that does not exist is explained beside the box, and the page keeps the date it had
  await asAt.fill('31/02/2026');
  await asAt.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'As at must be a real date' })).toHaveText('As at must be a real date, for example 31/03/2027.');
  await expect(asAt).toHaveAttribute('aria-invalid', 'true');
  await expect(asAt).toHaveValue('31/02/2026');
  await expect(positionHeading).toHaveText('Position as at 31 Mar 2026');
  await asAt.fill('1/4/26');
  await asAt.press('Enter');
  await expect(positionHeading).toHaveText('Position as at 1 Apr 2026');
  await expect(asAt).toHaveValue('01/04/2026');
  await expect(page.getByText('As at must be a real date')).toHaveCount(0);

  // a future date: the figures are labelled a projection
  await asAt.fill(uk(ahead));
  await asAt.press('Enter');
  await expect(positionHeading).toHaveText(`Projected position as at ${long(ahead)}`);
  const note = `Projected as at ${long(ahead)} (a future date: certificates not yet done count as missing).`;
  await expect(page.locator('#position-projected')).toHaveText(note);

  const measuresAt = page.getByLabel('Measures as at', { exact: true });
  await measuresAt.fill(uk(ahead));
  await measuresAt.press('Enter');
  await expect(page.locator('#measures-projected')).toHaveText(note);
  await expect(page.getByRole('table', { name: 'Building safety measures' })).toHaveAttribute('aria-describedby', 'measures-projected');
  const measures = await app.call('compliance.measures', { asAt: ahead });
  for (const code of ['BS01', 'BS02', 'BS03', 'BS04', 'BS05'] as const) {
    const f = measures[code];
    await expect(page.getByTestId(`measure-${code}`)).toHaveText(f.percent === null ? 'n/a' : `${f.percent.toFixed(1)}%`);
  }
  await measuresAt.fill('next March');
  await measuresAt.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Measures as at must be a real date' })).toBeVisible();
  await expect(page.locator('#measures-projected')).toHaveText(note);
  await page.screenshot({ path: 'test-results/screens/compliance-projected.png' });
});

test('a stock file given to the certificates import: the card says so, and checks it as stock', async ({ page, app }) => {
  await firstRun(page, app, true);
  await page.getByRole('link', { name: 'Imports', exact: true }).click();
  const csv = ['UPRN,Address,Estate,Block,Tenure,Gas', '900000000001,1 New Court,Northgate,New Court,Tenant,Yes'].join('\r\n');
  await page.getByLabel('File to import').setInputFiles({ name: 'homes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByLabel('What the file holds')).toHaveValue('certificates');
  await page.getByRole('button', { name: 'Check the file' }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText(
    'This looks like a stock file, not a certificates file: nothing has been imported. Choose “Homes and blocks (stock)” under What it holds, then check the file again.',
  );
  await expect(page.getByRole('group', { name: 'Match the file’s columns' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  await report.getByRole('button', { name: 'Check it as stock' }).click();
  await expect(page.getByLabel('What the file holds')).toHaveValue('stock');
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('1 row: 1 new, 0 updated, 0 unchanged. No problems found: ready to import.');
});
