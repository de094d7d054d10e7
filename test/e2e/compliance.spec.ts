import { expect, firstRun, test } from './fixtures';

test('compliance page: position by check, BS01-BS05, and why a home is not compliant', async ({ page, app }) => {
  await firstRun(page, app, true);
  const info = await app.call('app.info');
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Compliance: the Big Six' })).toBeVisible();
  const position = await app.call('compliance.position', { asAt: info.today });
  const table = page.getByRole('table', { name: 'Compliance by check' });
  await expect(table.locator('tbody tr')).toHaveCount(6);
  const gas = position.find((p: any) => p.checkType === 'GAS');
  await expect(table.locator('tbody tr').first()).toContainText(`Gas safety record${gas.requiring}${gas.compliant}${gas.overdue}`);

  const measures = await app.call('compliance.measures', {});
  for (const code of ['BS01', 'BS02', 'BS03', 'BS04', 'BS05']) {
    const f = measures[code];
    await expect(page.getByTestId(`measure-${code}`)).toHaveText(f.percent === null ? 'n/a' : `${f.percent.toFixed(1)}%`);
  }

  // the home with no access explains itself
  const homes = await app.call('compliance.position', { asAt: info.today });
  expect(homes.length).toBe(6);
  await page.getByLabel('UPRN').fill('100023000063');
  await page.getByRole('button', { name: 'Show' }).click();
  const checks = page.getByRole('table', { name: /Checks for 31 Cedar Tower/ });
  await expect(checks).toContainText('No access');
  await page.screenshot({ path: 'test-results/screens/compliance.png' });

  await page.getByLabel('UPRN').fill('12x');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.locator('.field-error .error-text')).toHaveText('The UPRN is a number of up to 12 digits.');
});

test('an import with a bad row: the problem is shown by row and column, nothing is imported until the valid rows are chosen', async ({ page, app }) => {
  await firstRun(page, app, true);
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  const before = (await app.call('compliance.position', {})).find((p: any) => p.checkType === 'GAS');
  const csv = ['Check type,UPRN,Date done,Contractor,Reference', 'GAS,100023000063,01/11/2026,Warmhome,E2E-1', 'GAS,999999999,01/11/2026,Warmhome,E2E-2', 'GAS,100023000063,31/02/2026,Warmhome,E2E-3'].join('\r\n');
  await page.getByLabel('File to import').setInputFiles({ name: 'contractor.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  const problems = page.getByRole('table', { name: 'Problems in the file' });
  await expect(problems.locator('tbody tr')).toHaveCount(2);
  await expect(problems.locator('tbody tr').nth(0)).toContainText('3UPRNUPRN 999999999 is not in the stock');
  await expect(problems.locator('tbody tr').nth(1)).toContainText('4Date done“31/02/2026” is not a real date.');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/import-problems.png' });
  expect((await app.call('compliance.home', { uprn: '100023000063' })).checks.find((c: any) => c.checkType === 'GAS').status).toBe('no_access');

  await page.getByLabel('Import the valid rows only').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('Imported.');
  const home = await app.call('compliance.home', { uprn: '100023000063' });
  expect(home.checks.find((c: any) => c.checkType === 'GAS').status).toBe('in_date');
  const after = (await app.call('compliance.position', {})).find((p: any) => p.checkType === 'GAS');
  expect(after.compliant).toBe(before.compliant + 1);
});
