import { financialYearOf, monthsOfYear } from '../../shared/domain/measures';
import { expect, firstRun, test } from './fixtures';

test('a measure added on its form, its target set on its page and a value typed in the grid show on the scorecard; a bad edit is refused at its field', async ({
  page,
  app,
}) => {
  await firstRun(page, app, false);
  await app.call('people.create', { name: 'Sam Patel', jobTitle: 'Lettings manager' });
  await page.reload();
  const year = financialYearOf(new Date().toISOString().slice(0, 10));
  const april = monthsOfYear(year)[0]!;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Performance' }).click();
  await page.getByRole('button', { name: 'Add a measure' }).click();

  const form = page.getByRole('form', { name: 'Add a measure' });
  await form.getByLabel('Code').fill('voids');
  await form.getByLabel('Name').fill('Empty homes relet');
  await form.getByLabel('Definition').fill('Average calendar days from a tenancy ending to the next one starting, for homes let in the month.');
  await form.getByLabel('Unit').selectOption({ label: 'Days' });
  await form.getByLabel('Which is better').selectOption({ label: 'Lower is better' });
  await form.getByLabel('The year is worked out as').selectOption({ label: 'Average of the periods' });
  await form.getByLabel('Owner').selectOption({ label: 'Sam Patel' });
  await form.getByLabel('Source').fill('Lettings system');
  await form.getByRole('checkbox', { name: /^Public/ }).check();
  await page.screenshot({ path: 'test-results/screens/measure-form-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/measure-form-1920.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await form.getByRole('button', { name: 'Add measure' }).click();

  await expect(page.getByRole('heading', { name: 'VOIDS Empty homes relet' })).toBeVisible();
  // No values yet: a sentence, not an empty chart frame.
  await expect(page.getByText(/^No monthly values for \d{4}\/\d\d or \d{4}\/\d\d yet: enter them under Values\.$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Empty homes relet each month/ })).toHaveCount(0);
  const voids = (await app.call('measures.list')).find((m) => m.code === 'VOIDS')!;
  expect(voids).toMatchObject({ unit: 'days', polarity: 'lower', aggregation: 'average', frequency: 'monthly', source: 'Lettings system', public: true });

  // A target without a year is refused at the year.
  const targets = page.getByRole('form', { name: 'Targets of VOIDS' });
  await expect(targets.getByLabel('Year', { exact: true })).toHaveValue(year);
  await targets.getByLabel('Year', { exact: true }).fill('');
  await targets.getByLabel('Target', { exact: true }).fill('20');
  await targets.getByRole('button', { name: 'Set target' }).click();
  await expect(targets.getByLabel('Year', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(targets.getByRole('alert').first()).toHaveText('Enter the financial year, like 2025/26.');
  await expect(targets.getByText('1 problem: Year.')).toBeVisible();
  await targets.getByLabel('Year', { exact: true }).fill(year);
  await targets.getByLabel('Tolerance', { exact: true }).fill('2');
  await targets.getByRole('button', { name: 'Set target' }).click();
  const yearRow = targets.getByRole('row', { name: new RegExp(`^${year}`) });
  await expect(yearRow).toContainText('20 days2 days');
  await page.screenshot({ path: 'test-results/screens/measure-targets-1366.png' });

  await page.getByRole('tab', { name: 'Values' }).click();
  const cell = page.getByLabel(`VOIDS ${april}`);
  await cell.fill('25');
  await cell.press('Enter');
  await expect.poll(async () => (await app.call('values.list', { year })).find((v) => v.measureId === voids.id)?.value).toBe(25);
  await page.getByRole('tab', { name: 'Scorecard' }).click();
  const row = page.locator('table[aria-label="Scorecard"] tr[data-code="VOIDS"]');
  await expect(row.locator('td.this-year')).toHaveText('25 days');
  // lower is better: 25 is more than 2 days over the target of 20
  await expect(row.locator('td.status')).toHaveText('Off target');

  // The target changed in its row moves the status.
  await row.getByRole('link', { name: 'Empty homes relet' }).click();
  await targets.getByRole('button', { name: `Change the target for ${year}` }).click();
  await targets.getByLabel(`Target for ${year}`, { exact: true }).fill('24');
  await targets.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(yearRow).toContainText('24 days2 days');
  await page.getByRole('tab', { name: 'Scorecard' }).click();
  await expect(row.locator('td.status')).toHaveText('Within tolerance');

  // Edit: a bad code is refused at its field, a good one saved.
  await row.getByRole('link', { name: 'Empty homes relet' }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit VOIDS' });
  await edit.getByLabel('Code').fill('9 voids');
  await edit.getByRole('button', { name: 'Save measure' }).click();
  await expect(edit.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
  await expect(edit.getByRole('alert').first()).toContainText('The code must be 2 to 20 capital letters');
  await expect(edit.getByText('1 problem: Code.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/measure-edit-error-1366.png' });
  await edit.getByLabel('Code').fill('RELETS');
  await edit.getByRole('button', { name: 'Save measure' }).click();
  await expect(page.getByRole('heading', { name: 'RELETS Empty homes relet' })).toBeVisible();
  expect((await app.call('measures.get', { id: voids.id })).code).toBe('RELETS');

  // A built-in computed measure keeps its code, and its source is shown, not typed.
  const bs01 = (await app.call('measures.list')).find((m) => m.code === 'BS01')!;
  await page.evaluate((hash) => (window.location.hash = hash), `#/performance?measure=${bs01.id}&year=${year}&edit=1`);
  const builtIn = page.getByRole('form', { name: 'Edit BS01' });
  await expect(builtIn.getByLabel('Code')).toBeDisabled();
  await expect(builtIn.getByLabel('Unit')).toBeDisabled();
  await expect(builtIn.getByLabel('Source')).toHaveCount(0);
  await expect(builtIn).toContainText('Worked out from the compliance register at each month end: its values are never typed.');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/measure-edit-built-in-1920.png' });
});
