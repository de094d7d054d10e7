import { expect, expectGridRows, firstRun, gridCell, test } from './fixtures';

// Issue 9: edits in the action plan that lost data or hid their errors.

test('grid date cells take UK dates as typed, refuse an impossible one and never blank the original target', async ({ page, app }) => {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  const rec = rows.find((r) => r.originalTargetDate && r.status !== 'completed' && !r.revisedTargetDate)!;
  await page.goto(`${app.origin}/#/plans?programme=${programme.id}`);
  await expectGridRows(page, rows.length);
  const cell = gridCell(page, rec.id, 'originalTargetDate');

  // An impossible date: the cell keeps its date, the user is told why, nothing is saved.
  await cell.dblclick();
  const editor = page.locator('.ag-cell-inline-editing input');
  await expect(editor).toHaveValue(new Date(`${rec.originalTargetDate}T12:00:00`).toLocaleDateString('en-GB'));
  await editor.fill('32/13/2026');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: `${rec.ref}: Original target date must be a real date, for example 31/03/2027. “32/13/2026” was not saved.` }),
  ).toBeVisible();
  expect((await app.call('recommendations.get', { id: rec.id })).originalTargetDate).toBe(rec.originalTargetDate);
  await expect(cell).toHaveText(new Date(`${rec.originalTargetDate}T12:00:00`).toLocaleDateString('en-GB'));

  // A short UK date is read day first.
  await cell.dblclick();
  await editor.fill('5/4/27');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.call('recommendations.get', { id: rec.id })).originalTargetDate).toBe('2027-04-05');
  await expect(cell).toHaveText('05/04/2027');

  // The arrow keys move between cells: they never step the date.
  await cell.dblclick();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect(page.locator('.ag-cell-focus[col-id="originalTargetDate"]')).not.toHaveAttribute('row-id', String(rec.id));
  expect((await app.call('recommendations.get', { id: rec.id })).originalTargetDate).toBe('2027-04-05');

  // Blanking the original target date is refused by main, with the reason, and nothing changes.
  await cell.dblclick();
  await editor.fill('');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /cannot be removed: members compare any revised date against it/ })).toBeVisible();
  expect((await app.call('recommendations.get', { id: rec.id })).originalTargetDate).toBe('2027-04-05');
  await expect(cell).toHaveText('05/04/2027');
});

test('reopening a completed recommendation says it removes the completion date, and Esc returns to the cell', async ({ page, app }) => {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  const done = rows.find((r) => r.status === 'completed' && r.completionDate)!;
  await page.goto(`${app.origin}/#/plans?programme=${programme.id}`);
  await expectGridRows(page, rows.length);

  const pickStatus = async (name: string) => {
    await gridCell(page, done.id, 'status').dblclick();
    await page.locator('.ag-cell-inline-editing [role="combobox"]').click();
    await page.getByRole('listbox').getByRole('option', { name }).click();
  };
  const shown = new Date(`${done.completionDate}T12:00:00`).toLocaleDateString('en-GB');

  // Asked first; keeping it completed changes nothing and puts the focus back on the cell.
  await pickStatus('On hold');
  const dialog = page.getByRole('dialog', { name: `${done.ref}: change status to On hold` });
  await expect(dialog).toContainText(
    `${done.ref} was completed on ${shown}. Changing its status to On hold removes the completion date (the history keeps it).`,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(gridCell(page, done.id, 'status')).toBeFocused();
  expect(await app.call('recommendations.get', { id: done.id })).toMatchObject({ status: 'completed', completionDate: done.completionDate });
  await expect(gridCell(page, done.id, 'status')).toContainText('Completed');

  // Confirmed: the status changes and the date goes, as the user was told.
  await pickStatus('On hold');
  await page.getByRole('button', { name: 'Change status and remove the date' }).click();
  await expect.poll(async () => (await app.call('recommendations.get', { id: done.id })).status).toBe('on_hold');
  expect((await app.call('recommendations.get', { id: done.id })).completionDate).toBeNull();

  // Esc on the revised-date reason dialog returns the focus to the cell it came from.
  const open = rows.find((r) => r.originalTargetDate && r.status !== 'completed' && r.id !== done.id)!;
  await gridCell(page, open.id, 'revisedTargetDate').dblclick();
  await page.locator('.ag-cell-inline-editing input').fill('30/06/2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(gridCell(page, open.id, 'revisedTargetDate')).toBeFocused();
  expect((await app.call('recommendations.get', { id: open.id })).revisedTargetDate).toBe(open.revisedTargetDate);
});

test('a form shows every problem at once, focuses the first and sums them up at the button', async ({ page, app }) => {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  const rec = rows.find((r) => r.status !== 'completed')!;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${app.origin}/#/plans?programme=${programme.id}&rec=${rec.id}`);
  const panel = page.getByRole('complementary', { name: `Recommendation ${rec.ref}` });
  await panel.getByLabel('Title', { exact: true }).fill('');
  await panel.getByLabel('Original target date').fill('32/13/2026');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(panel.getByText('Enter title.')).toBeVisible();
  await expect(panel.getByText('Original target date must be a real date, for example 31/03/2027.')).toBeVisible();
  await expect(panel.locator('.error-summary')).toHaveText('2 problems: Title, Original target date.');
  await expect(panel.getByLabel('Title', { exact: true })).toBeFocused();
  await expect(panel.getByLabel('Title', { exact: true })).toBeInViewport();
  expect((await app.call('recommendations.get', { id: rec.id })).title).toBe(rec.title);

  // A progress note dated a year ahead is refused next to its date.
  await panel.getByRole('tab', { name: /Notes/ }).click();
  await panel.getByLabel('Date of note').fill('25/12/2027');
  await panel.getByRole('textbox', { name: 'Progress note' }).fill('Finished early');
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect(panel.getByText(/A progress note records what has happened: date it today/)).toBeVisible();
  await expect(panel.getByLabel('Date of note')).toBeFocused();

  // The paper editor's "Create paper" likewise.
  const meetings = await app.call('meetings.list', {});
  const meeting = meetings.find((m) => m.status === 'scheduled') ?? meetings[0]!;
  await page.goto(`${app.origin}/#/paper?meeting=${meeting.id}`);
  await page.getByLabel('Author’s e-mail').fill('not an address');
  await page.getByRole('button', { name: 'Create paper' }).click();
  await expect(page.locator('.error-summary')).toHaveText('2 problems: Subject, Author’s e-mail.');
  await expect(page.getByLabel('Subject')).toBeFocused();
  await expect(page.getByLabel('Subject')).toBeInViewport();
});
