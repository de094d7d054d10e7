import fs from 'node:fs';
import { expect, expectGridRows, firstRun, gridCell, test } from './fixtures';

test('keyboard, saved views, two quick edits of one row and the CSV export', async ({ page, app }) => {
  await firstRun(page, app, true);
  const [programme] = await app.call('programmes.list');
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  await page.goto(`${app.origin}/#/plans?programme=${programme.id}`);
  await expectGridRows(page, 24);

  // Ctrl+F focuses the search box; searching narrows the grid.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Search recommendations')).toBeFocused();
  await page.keyboard.type('walkabout');
  const matching = rows.filter((r: any) => /walkabout/i.test(r.title + r.publicSummary));
  expect(matching.length).toBeGreaterThan(0);
  await expectGridRows(page, matching.length);
  await page.getByLabel('Search recommendations').fill('');

  // The overdue view shows exactly the overdue recommendations.
  await page.getByRole('button', { name: 'Overdue' }).click();
  await expectGridRows(page, rows.filter((r: any) => r.daysOverdue > 0).length);
  await page.getByRole('button', { name: 'All' }).click();

  // Two quick edits of different fields of one row: both are kept.
  const target = rows.find((r: any) => r.status === 'not_started');
  await gridCell(page, target.id, 'status').dblclick();
  await page.locator('.ag-cell-inline-editing [role="combobox"]').click();
  await page.getByRole('listbox').getByRole('option', { name: 'In progress' }).click();
  await gridCell(page, target.id, 'priority').dblclick();
  await page.locator('.ag-cell-inline-editing [role="combobox"]').click();
  const newPriority = target.priority === 'low' ? 'High' : 'Low';
  await page.getByRole('listbox').getByRole('option', { name: newPriority }).click();
  await expect
    .poll(async () => {
      const d = await app.call('recommendations.get', { id: target.id });
      return `${d.status}/${d.priority}`;
    })
    .toBe(`in_progress/${newPriority.toLowerCase()}`);

  // Enter opens the panel for the focused row, Esc closes it.
  await gridCell(page, target.id, 'title').click();
  await expect(page.getByRole('complementary', { name: `Recommendation ${target.ref}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await gridCell(page, target.id, 'title').click();
  await page.keyboard.press('Escape');
  await gridCell(page, target.id, 'ref').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: `Recommendation ${target.ref}` })).toBeVisible();

  // CSV export carries every row, with UK dates and statuses as words.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('RFP-action-plan.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split('\n');
  expect(lines).toHaveLength(25);
  expect(lines[0]).toContain('"Recommendation"');
  expect(csv).toContain('"In progress"');
  expect(csv).toMatch(/"Red – overdue"|"Amber – due soon"/);
  expect(csv).toMatch(/"\d{2}\/\d{2}\/\d{4}"/);
  expect(csv).not.toMatch(/"in_progress"|"\d{4}-\d{2}-\d{2}"/);
});
