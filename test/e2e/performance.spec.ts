import { financialYearOf, monthsOfYear } from '../../shared/domain/measures';
import { expect, firstRun, test } from './fixtures';

test('performance: a value typed in the grid changes the scorecard, and a bad one is refused at its cell', async ({ page, app }) => {
  await firstRun(page, app, false);
  const today = new Date().toISOString().slice(0, 10);
  const year = financialYearOf(today);
  const [april, may] = monthsOfYear(year);
  const days = (await app.call('measures.list')).find((m) => m.code === 'S1-DAYS')!;
  await app.call('targets.set', { measureId: days.id, year, target: 10, tolerance: 1 });
  await app.call('values.set', { measureId: days.id, period: april!, value: 12 });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Performance' }).click();
  const row = page.locator('table[aria-label="Scorecard"] tr[data-code="S1-DAYS"]');
  await expect(row.locator('td.this-year')).toHaveText('12 days');
  await expect(row.locator('td.status')).toHaveText('Off target');

  await page.getByRole('tab', { name: 'Values' }).click();
  const cell = page.getByLabel(`S1-DAYS ${may}`);
  await cell.fill('8');
  await cell.press('Enter');
  await expect.poll(async () => (await app.call('values.list', { year })).find((v) => v.period === may)?.value).toBe(8);

  // A share over 100% is refused, and the message stays at its cell.
  const calls = page.getByLabel(`CALLS ${april}`);
  await calls.fill('1200/1000');
  await calls.press('Enter');
  await expect(calls.locator('xpath=following-sibling::div[@class="cell-error"]')).toHaveText(
    '1200 of 1000 is over 100%: the numerator cannot be more than the denominator.',
  );
  await expect(calls).toHaveAttribute('aria-invalid', 'true');
  // A computed measure's cell cannot be typed in.
  await expect(page.getByRole('textbox', { name: `BS01 ${april}` })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/performance-values-1366.png' });

  await page.getByRole('tab', { name: 'Scorecard' }).click();
  // (12 + 8) / 2 = 10 days: on target
  await expect(row.locator('td.this-year')).toHaveText('10 days');
  await expect(row.locator('td.status')).toHaveText('On target');
});
