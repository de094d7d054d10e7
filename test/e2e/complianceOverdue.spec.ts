import { expect, firstRun, test } from './fixtures';

test('compliance page: trend by month, overdue checks with their owner, remedial actions, owners and intervals', async ({ page, app }) => {
  await firstRun(page, app, true);
  const info = await app.call('app.info');
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();

  const trend = await app.call('compliance.trend', { asAt: info.today, months: 12 });
  const gasTrend = trend.series.find((s) => s.checkType === 'GAS')!.percent;
  const chart = page.getByRole('img', { name: /^Homes with each check in date at each month end/ });
  await expect(chart).toHaveAttribute('aria-label', new RegExp(`Gas safety record from ${gasTrend[0]}% to ${gasTrend[11]}%`));
  await expect(chart.locator('canvas')).toHaveCount(1);

  const overdue = await app.call('compliance.overdue', { asAt: info.today });
  expect(overdue.total).toBeGreaterThan(0);
  await expect(page.getByTestId('overdue-count')).toContainText(`${overdue.total} overdue`);
  const table = page.getByRole('table', { name: 'Overdue checks, longest first' });
  await expect(table.locator('tbody tr')).toHaveCount(overdue.rows.length);
  await expect(table.locator('tbody tr').first()).toContainText(overdue.rows[0]!.coverUntil ? String(overdue.rows[0]!.daysOverdue) : 'Never checked');

  // name an owner for gas: the overdue gas checks then carry that name
  const people = await app.call('people.list', {});
  const owner = people.find((p) => p.active)!;
  await page.getByLabel('Owner of Gas safety record').selectOption(String(owner.id));
  await expect(page.getByText('Gas safety record: owner saved.')).toBeVisible();
  await page.getByLabel('Show overdue checks of type').selectOption('GAS');
  const gasOverdue = await app.call('compliance.overdue', { asAt: info.today, checkType: 'GAS' });
  await expect(table.locator('tbody tr')).toHaveCount(gasOverdue.rows.length);
  for (const row of await table.locator('tbody tr').all()) await expect(row).toContainText(owner.name);

  // a nonsense interval is refused next to the field, and nothing is saved
  const lift = page.getByLabel('Interval for Lift thorough examination in months');
  await lift.fill('0');
  await lift.blur();
  await expect(page.getByRole('region', { name: 'Check owners and intervals' }).getByRole('alert')).toContainText('An interval is at least 1 month.');
  expect((await app.call('compliance.checkSettings', {})).find((s) => s.checkType === 'LIFT')!.intervals[0]!.months).toBe(6);

  // setting an interval of one month says so in the singular
  await lift.fill('1');
  await lift.blur();
  await expect(page.getByText('Lift thorough examination: interval set to 1 month.')).toBeVisible();

  const remedials = await app.call('compliance.remedials', { asAt: info.today });
  const remedialRegion = page.getByRole('region', { name: 'Remedial actions' });
  await expect(remedialRegion).toContainText(`${remedials.open} open, ${remedials.overdue} overdue`);
  // the age buckets say what they count, and the longest overdue say where, a home with its address
  await expect(remedialRegion.getByRole('table', { name: 'Overdue remedial actions by priority and age' }).locator('thead th')).toHaveText([
    'Priority',
    'Overdue',
    'Overdue by up to 30 days',
    'Overdue by 31 to 90 days',
    'Overdue by more than 90 days',
  ]);
  const inHome = remedials.oldest.find((r) => r.where.startsWith('UPRN'))!;
  const uprn = /^UPRN (\d+)/.exec(inHome.where)![1];
  const home = (await app.call('homes.list', { search: uprn })).rows.find((h) => h.uprn === uprn)!;
  const longest = remedialRegion.getByRole('table', { name: 'Longest overdue remedial actions' });
  await expect(longest.locator('tbody tr').nth(remedials.oldest.indexOf(inHome))).toContainText(`UPRN ${home.uprn}, ${home.address}`);
  await page.getByRole('region', { name: 'Trend by month' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/compliance-trend-overdue.png' });
  await page.getByRole('region', { name: 'Remedial actions' }).screenshot({ path: 'test-results/screens/compliance-remedials.png' });
  await page.getByRole('region', { name: 'Check owners and intervals' }).screenshot({ path: 'test-results/screens/compliance-owners.png' });
});
