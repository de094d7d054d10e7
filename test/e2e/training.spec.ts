import { expect, firstRun, gridCell, test } from './fixtures';

test('training matrix: a missing course recorded from its cell, and the cell and the totals change', async ({ page, app }) => {
  await firstRun(page, app, true);
  const before = await app.call('training.matrix', {});
  const index = before.courses.findIndex((c) => c.name === 'Complaints handling');
  const person = before.people.find((p) => p.cells[index]!.status === 'missing')!;
  const course = before.courses[index]!;

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('link', { name: 'Training', exact: true }).click();
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
  await page.getByRole('link', { name: 'Training', exact: true }).click();
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
