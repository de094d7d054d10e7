import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectGridRows, firstRun, gridCell, test, type RunningApp } from './fixtures';

/** The demo loaded, on its programme's action plan grid of 24 recommendations. */
async function openActionPlan(page: Page, app: RunningApp) {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  await page.goto(`${app.origin}/#/plans?programme=${programme.id}`);
  await expectGridRows(page, 24);
  return rows;
}

test('the grid: Ctrl+F searches it, the overdue view shows exactly the overdue recommendations', async ({ page, app }) => {
  const rows = await openActionPlan(page, app);
  // Ctrl+F focuses the search box; searching narrows the grid.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Search recommendations')).toBeFocused();
  await page.keyboard.type('walkabout');
  const matching = rows.filter((r) => /walkabout/i.test(r.title + r.publicSummary));
  expect(matching.length).toBeGreaterThan(0);
  await expectGridRows(page, matching.length);
  await page.getByLabel('Search recommendations').fill('');

  // The overdue view shows exactly the overdue recommendations.
  await page.getByRole('button', { name: 'Overdue' }).click();
  await expectGridRows(page, rows.filter((r) => r.daysOverdue > 0).length);
  await page.getByRole('button', { name: 'All' }).click();
});

test('the grid: two quick edits of different fields of one row are both kept', async ({ page, app }) => {
  const rows = await openActionPlan(page, app);
  // Two quick edits of different fields of one row: both are kept.
  const target = rows.find((r) => r.status === 'not_started')!;
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
});

test('the grid: Enter opens the panel for the focused row, Esc closes it', async ({ page, app }) => {
  const rows = await openActionPlan(page, app);
  const target = rows.find((r) => r.status === 'not_started')!;
  // Enter opens the panel for the focused row, Esc closes it (once no cell is still being edited:
  // Esc in an editor cancels the edit instead).
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await gridCell(page, target.id, 'title').click();
  await expect(gridCell(page, target.id, 'title')).toBeFocused();
  await expect(page.getByRole('complementary', { name: `Recommendation ${target.ref}` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await gridCell(page, target.id, 'title').click();
  await page.keyboard.press('Escape');
  await gridCell(page, target.id, 'ref').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: `Recommendation ${target.ref}` })).toBeVisible();
});

test('the grid’s CSV export carries every row, with UK dates, statuses as words and the latest note', async ({ page, app }) => {
  const rows = await openActionPlan(page, app);
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
  // the latest note: its date, then the note itself
  expect(lines[0]).toContain('"Latest note date","Latest note"');
  const noted = rows.find((r) => r.latestNoteText)!;
  const ukDate = (iso: string) => iso.split('-').reverse().join('/');
  expect(csv).toContain(`"${ukDate(noted.latestNoteDate!)}","${noted.latestNoteText!.replace(/"/g, '""')}"`);
});

test('a revised date edited in the grid asks for its reason; the open panel follows inline edits; actions can be edited', async ({ page, app }) => {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  const target = rows.find((r) => r.status === 'in_progress' && r.revisedTargetDate === null)!;
  await page.goto(`${app.origin}/#/plans?programme=${programme.id}&rec=${target.id}`);
  const panel = page.getByRole('complementary', { name: `Recommendation ${target.ref}` });
  await expect(panel).toBeVisible();
  await expect(page.locator(`.grid-wrap [row-id="${target.id}"]`)).toHaveClass(/ag-row-selected/);

  await gridCell(page, target.id, 'revisedTargetDate').dblclick();
  await page.locator('.ag-cell-inline-editing input').fill('2027-06-30');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: new RegExp(`${target.ref}: revised target date 30/06/2027`) });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.locator('.error-text')).toHaveText('Enter the reason for the revised date.');
  await dialog.getByLabel('Reason for the revised date').fill('Waiting for the new repairs contract');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(gridCell(page, target.id, 'revisedTargetDate')).toHaveText('30/06/2027');
  const saved = await app.call('recommendations.get', { id: target.id });
  expect(saved).toMatchObject({ revisedTargetDate: '2027-06-30', revisedReason: 'Waiting for the new repairs contract' });
  // The open panel shows the change made in the grid.
  await expect(panel.getByLabel('Revised target date')).toHaveValue('30/06/2027');
  await expect(panel.getByLabel('Reason for revised date')).toHaveValue('Waiting for the new repairs contract');

  // Cancelling the reason leaves the date as it was.
  await gridCell(page, target.id, 'revisedTargetDate').dblclick();
  await page.locator('.ag-cell-inline-editing input').fill('2027-09-30');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(gridCell(page, target.id, 'revisedTargetDate')).toHaveText('30/06/2027');
  expect((await app.call('recommendations.get', { id: target.id })).revisedTargetDate).toBe('2027-06-30');

  // Edit an action's title and due date.
  await panel.getByRole('tab', { name: /Actions/ }).click();
  const first = saved.actions[0]!;
  await panel.getByRole('button', { name: `Edit action ${first.title}` }).click();
  const editor = panel.getByRole('form', { name: `Edit action ${first.title}` });
  await editor.getByLabel('Action').fill('Agree the new standards with the HUB');
  await editor.getByLabel('Due date').fill('15/01/2027');
  await editor.getByRole('button', { name: 'Save action' }).click();
  await expect(panel.locator('table')).toContainText('Agree the new standards with the HUB');
  await expect(panel.locator('table')).toContainText('15/01/2027');
  const after = await app.call('recommendations.get', { id: target.id });
  expect(after.actions.find((a) => a.id === first.id)).toMatchObject({ title: 'Agree the new standards with the HUB', dueDate: '2027-01-15' });
});

test('the dashboard lists overdue items with their owners and links to them', async ({ page, app }) => {
  await firstRun(page, app, true);
  const summary = await app.call('actionPlan.summary', { programmeId: null });
  expect(summary.overdue.length).toBeGreaterThan(0);
  const overdue = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Overdue', exact: true }) });
  await expect(overdue.locator('tbody tr')).toHaveCount(summary.overdue.length);
  const top = summary.overdue[0]!;
  const firstRow = overdue.locator('tbody tr').first();
  await expect(firstRow).toContainText(top.ownerName!);
  await expect(firstRow).toContainText(String(top.daysOverdue));
  await expect(page.getByTestId('rag-red')).toHaveText(summary.byRag.red.toLocaleString('en-GB'));
  // the count beside "Red – overdue" says what it counts: recommendations and actions
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const overdueRecs = summary.overdue.filter((o) => o.kind === 'recommendation').length;
  const mine = summary.overdue.filter((o) => o.ownerName === 'Priya Shah').length;
  expect(overdueRecs).toBeGreaterThan(0);
  expect(summary.overdue.length).toBeGreaterThan(overdueRecs);
  await expect(page.locator('.dashboard > p.lead')).toHaveText(
    `${count(summary.overdue.length, 'item')} overdue across the action plans${mine ? ` (${mine} of them yours)` : ''}: ${count(overdueRecs, 'recommendation')} and ${count(summary.overdue.length - overdueRecs, 'action')}.`,
  );
  await expect(page.getByTestId('next-committee')).toContainText('Housing Management Sub-Committee');
  await expect(page.getByTestId('next-committee')).toContainText('Damp & Mould Policy');
  const gas = (await app.call('compliance.position', {})).find((p) => p.checkType === 'GAS')!;
  await expect(page.getByTestId('compliance-tile')).toContainText(`Gas safety record: ${gas.percent!.toFixed(1)}% (${gas.overdue} homes not covered)`);
  const overdueChecks = (await app.call('compliance.overdue', { limit: 1 })).total;
  const overdueRemedials = (await app.call('compliance.remedials', {})).overdue;
  await expect(page.getByTestId('compliance-tile')).toContainText(
    `${overdueChecks} checks overdue (homes, communal parts and lifts) · ${overdueRemedials} remedial actions overdue`,
  );
  await expect(page.getByTestId('compliance-tile').locator('canvas')).toHaveCount(1);
  // the building safety checks overdue longest, with who chases them
  const checks = await app.call('compliance.overdue', { limit: 8 });
  const table = page.getByRole('table', { name: 'Building safety checks overdue longest' });
  await expect(table.locator('tbody tr')).toHaveCount(checks.rows.length);
  const longest = checks.rows[0]!;
  await expect(table.locator('tbody tr').first()).toContainText(longest.ownerName!);
  await expect(table.locator('tbody tr').first()).toContainText(longest.scope === 'home' ? `UPRN ${longest.uprn}` : longest.blockName!);
  await expect(table.locator('tbody tr').first()).toContainText(longest.daysOverdue === null ? '–' : String(longest.daysOverdue));
  await page.screenshot({ path: 'test-results/screens/dashboard.png', fullPage: true });
  await firstRow.getByRole('link').click();
  await expect(page.getByRole('complementary', { name: `Recommendation ${top.ref}` })).toBeVisible();
});
