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
