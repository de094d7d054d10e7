import { expect, firstRun, gridCell, test } from './fixtures';

test('training matrix: a missing course recorded from its cell, and the cell and the totals change', async ({ page, app }) => {
  await firstRun(page, app, true);
  const before = await app.call('training.matrix', {});
  const index = before.courses.findIndex((c) => c.name === 'Complaints handling');
  const person = before.people.find((p) => p.cells[index]!.status === 'missing')!;
  const course = before.courses[index]!;

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await expect(page.getByRole('heading', { name: 'Training', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toHaveText(
    `${before.people.length} of ${before.people.length} people · ${before.courses.length} of ${before.courses.length} courses`,
  );
  const cell = gridCell(page, person.id, `course:${course.id}`);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveText('Missing');
  await page.screenshot({ path: 'test-results/screens/training-1366.png' });

  await cell.click();
  const panel = page.getByRole('complementary', { name: `${person.name}: ${course.name}` });
  await expect(panel).toContainText('Not done, and past the deadline.');
  // A date in the future is refused, next to its field, and nothing changes.
  await panel.getByLabel('Date completed').fill('01/01/2099');
  await panel.getByRole('button', { name: 'Record completion' }).click();
  await expect(panel.locator('.error-text').first()).toHaveText('The date completed cannot be in the future.');
  const today = new Date().toISOString().slice(0, 10);
  await panel.getByLabel('Date completed').fill(today.split('-').reverse().join('/'));
  await panel.getByRole('button', { name: 'Record completion' }).click();
  await expect(page.getByText(`${person.name}: ${course.name} recorded as done on`)).toBeVisible();

  const after = await app.call('training.matrix', {});
  const cellAfter = after.people.find((p) => p.id === person.id)!.cells[index]!;
  expect(cellAfter.status).toBe('in_date');
  await expect(cell).toHaveText(`In date ${cellAfter.date!.split('-').reverse().join('/')}`);
  // The course's total at the foot and the person's on the right count one more.
  expect(after.courses[index]!.compliant).toBe(course.compliant + 1);
  await expect(page.locator(`.ag-row-pinned [col-id="course:${course.id}"]`)).toContainText(`(${course.compliant + 1} of ${course.required})`);
  await expect(gridCell(page, person.id, 'compliance')).toContainText(`(${person.compliant + 1} of ${person.required})`);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/training-1920.png' });
});

test('training matrix: filtered by team, job role, status and course category, as at an earlier date', async ({ page, app }) => {
  await firstRun(page, app, true);
  const teams = await app.call('teams.list');
  const housing = teams.find((t) => t.name === 'Housing Management')!;
  const inTeam = await app.call('training.matrix', { teamId: housing.id });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await page.getByLabel('Filter by team').selectOption(String(housing.id));
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toContainText(`${inTeam.people.length} of ${inTeam.people.length} people`);
  const officers = inTeam.people.filter((p) => p.jobRoleName === 'Housing Officer');
  await page.getByLabel('Filter by job role').selectOption('Housing Officer');
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toContainText(`${officers.length} of ${inTeam.people.length} people`);
  const category = inTeam.courses.filter((c) => c.category === 'Safeguarding');
  await page.getByLabel('Filter by course category').selectOption('Safeguarding');
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toContainText(`${category.length} of ${inTeam.courses.length} courses`);

  const lastYear = await app.call('training.matrix', { asAt: '2025-12-04', teamId: housing.id });
  await page.getByLabel('As at (date)').fill('04/12/2025');
  await expect(page.getByText(`${lastYear.people.length} people employed on 4 Dec 2025`)).toBeVisible();
});

test('training catalogue: a course added and needed by a job role appears in the matrix; a second identical requirement is refused where it was asked', async ({
  page,
  app,
}) => {
  await firstRun(page, app, true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await page.getByRole('tab', { name: 'Courses and job roles' }).click();
  await page.getByRole('button', { name: 'Add course' }).click();
  const form = page.getByRole('form', { name: 'Add a course' });
  await form.getByLabel('Course', { exact: true }).fill('Lone working');
  await form.getByLabel('Category').fill('Health and safety');
  await form.getByLabel('Refresh every (months)').fill('0');
  await form.getByRole('button', { name: 'Add course' }).click();
  await expect(form.locator('.field-error')).toContainText('Refresh every (months) must be at least 1.');
  await form.getByLabel('Refresh every (months)').fill('24');
  await form.getByRole('button', { name: 'Add course' }).click();
  await expect(page.getByText('Lone working saved.')).toBeVisible();

  const add = page.getByRole('form', { name: 'Add a job role that needs Lone working' });
  await add.getByLabel('Job role that needs Lone working').selectOption({ label: 'Estate Services Officer' });
  await add.getByRole('button', { name: 'Add' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Lone working' });
  await expect(row).toContainText('Estate Services Officer');
  await add.getByLabel('Job role that needs Lone working').selectOption({ label: 'Estate Services Officer' });
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByRole('alert')).toHaveText('This job role already needs this course (for that team).');
  await page.screenshot({ path: 'test-results/screens/training-courses.png' });

  const matrix = await app.call('training.matrix', {});
  const i = matrix.courses.findIndex((c) => c.name === 'Lone working');
  const officers = matrix.people.filter((p) => p.jobRoleName === 'Estate Services Officer');
  expect(officers.map((p) => p.cells[i]!.status).every((s) => s === 'missing' || s === 'due')).toBe(true);
  expect(matrix.courses[i]).toMatchObject({ required: officers.length, compliant: 0 });
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.getByLabel('Filter by course category').selectOption('Health and safety');
  await expect(page.getByRole('columnheader', { name: 'Lone working' })).toBeVisible();
});

test('dashboard: training compliance against the target with a chart, and the people most behind with their line managers', async ({ page, app }) => {
  await firstRun(page, app, true);
  const summary = await app.call('training.summary', {});
  const tile = page.getByTestId('training-tile');
  await expect(tile).toContainText(`Mandatory courses: ${summary.mandatory.percent}% in date or waived`);
  await expect(tile.getByRole('img')).toHaveAttribute('aria-label', /Mandatory courses in date or waived, against a target of 95%/);
  const first = summary.mostOverdue[0]!;
  await expect(tile.getByRole('row').nth(1)).toContainText(`${first.name}`);
  await expect(tile.getByRole('row').nth(1)).toContainText(first.lineManagerName ?? '–');
  await expect(tile.getByRole('row')).toHaveCount(summary.mostOverdue.length + 1);
  await tile.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/dashboard-training.png', fullPage: true });
});
