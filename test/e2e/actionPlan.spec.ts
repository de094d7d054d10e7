import { expect, expectGridRows, firstRun, gridCell, test } from './fixtures';

test('first run with demo data, inline status edit and a progress note persist across reload', async ({ page, app }) => {
  await firstRun(page, app, true);
  await expect(page.getByTestId('count-completed')).not.toHaveText('0');

  await page.getByRole('link', { name: 'Action plans' }).click();
  await expect(page.getByRole('heading', { name: 'Resident Focus Project' })).toBeVisible();
  await expectGridRows(page, 24);
  await expect(page.getByRole('status').filter({ hasText: 'of 24' })).toHaveText('24 of 24');

  const programme = (await app.call('programmes.list'))[0]!;
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  const target = rows.find((r) => r.status === 'in_progress')!;

  // Inline edit of the status in the grid.
  await gridCell(page, target.id, 'status').dblclick();
  await page.locator('.ag-cell-inline-editing [role="combobox"]').click();
  await page.getByRole('listbox').getByRole('option', { name: 'On hold' }).click();
  await expect(gridCell(page, target.id, 'status')).toHaveText('On hold');
  await expect.poll(async () => (await app.call('recommendations.get', { id: target.id })).status).toBe('on_hold');

  // A progress note in the detail panel.
  await gridCell(page, target.id, 'title').click();
  const panel = page.getByRole('complementary', { name: `Recommendation ${target.ref}` });
  await expect(panel).toBeVisible();
  await panel.getByRole('tab', { name: /Notes/ }).click();
  await panel.getByRole('textbox', { name: 'Progress note' }).fill('Paused while the new repairs contract is let – restart in the spring & review.');
  await panel.getByLabel(/Public/).check();
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect(panel.locator('.timeline li').first()).toContainText('Paused while the new repairs contract is let');

  await page.reload();
  await expectGridRows(page, 24);
  await expect(gridCell(page, target.id, 'status')).toHaveText('On hold');
  const panelAfter = page.getByRole('complementary', { name: `Recommendation ${target.ref}` });
  await panelAfter.getByRole('tab', { name: /Notes/ }).click();
  await expect(panelAfter.locator('.timeline li').first()).toContainText('restart in the spring & review');
  await expect(panelAfter.locator('.timeline li').first()).toContainText('Public');

  // The history shows both changes under the signed-in user.
  await panelAfter.getByRole('tab', { name: 'History' }).click();
  await expect(panelAfter.locator('.history')).toContainText('Priya Shah changed');
  await expect(panelAfter.locator('.history')).toContainText('Status: In progress → On hold');

  await page.getByRole('tab', { name: 'Details' }).click();
  await page.screenshot({ path: 'test-results/screens/action-plan.png' });
});

test('a bad date shows the error next to the field and changes nothing', async ({ page, app }) => {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const rows = await app.call('recommendations.list', { programmeId: programme.id });
  const target = rows.find((r) => r.status !== 'completed')!;
  const before = await app.call('recommendations.get', { id: target.id });

  await page.goto(`${app.origin}/#/plans?programme=${programme.id}&rec=${target.id}`);
  const panel = page.getByRole('complementary', { name: `Recommendation ${target.ref}` });
  await panel.getByLabel('Original target date').fill('31/02/2026');
  await panel.getByLabel('Title').fill('A changed title that must not be saved');
  await panel.getByRole('button', { name: 'Save changes' }).click();

  const field = panel.locator('.field').filter({ has: page.getByLabel('Original target date') });
  await expect(field.locator('.error-text')).toHaveText('Original target date must be a real date, for example 31/03/2027.');
  await expect(panel.getByLabel('Original target date')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screens/field-error.png' });

  const after = await app.call('recommendations.get', { id: target.id });
  expect(after).toEqual(before);

  // A revised date without its reason: the reason field gets the message.
  await panel.getByLabel('Original target date').fill('');
  await panel.getByLabel('Original target date').fill(before.originalTargetDate!.split('-').reverse().join('/'));
  await panel.getByLabel('Title').fill(before.title);
  await panel.getByLabel('Revised target date').fill('30/06/2027');
  await panel.getByLabel('Reason for revised date').fill('');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  const reason = panel.locator('.field').filter({ has: page.getByLabel('Reason for revised date') });
  await expect(reason.locator('.error-text')).toHaveText('Give a reason for the revised target date.');
  expect(await app.call('recommendations.get', { id: target.id })).toEqual(before);
});

test('a call without the session token is refused', async ({ page, app }) => {
  await page.goto(app.origin + '/');
  const result = await page.evaluate(async () => {
    const res = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'settings.get', input: {} }),
    });
    return { status: res.status, body: await res.json() };
  });
  expect(result.status).toBe(401);
  expect(result.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await expect(page.getByRole('alert')).toContainText('Missing or wrong session token');
});

test('an empty database opens on a dashboard that offers the next step, and a programme can be created', async ({ page, app }) => {
  await firstRun(page, app, false);
  await expect(page.getByRole('heading', { name: 'Nothing to track yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a programme' }).click();
  await page.getByLabel('Short code').fill('HIP');
  await page.getByLabel('Name').fill('Housing Improvement Programme');
  await page.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.getByRole('heading', { name: 'Housing Improvement Programme' })).toBeVisible();

  await page.getByRole('button', { name: 'Add recommendation' }).click();
  const panel = page.getByRole('complementary', { name: 'New recommendation' });
  await panel.getByLabel('Title').fill('Tackle damp and mould within the Awaab’s Law timescales');
  await panel.getByLabel('Status').selectOption('completed');
  await panel.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(panel.locator('.error-text')).toHaveText('Enter the completion date when the status is Completed.');
  await panel.getByLabel('Completion date').fill('01/11/2026');
  await panel.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByRole('complementary', { name: 'Recommendation R1' })).toBeVisible();
  await expectGridRows(page, 1);
});
