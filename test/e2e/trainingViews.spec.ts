import { readDocx } from '../helpers/docx';
import { expect, firstRun, gridCell, test } from './fixtures';

// The training views beside the matrix: compliance by team and course, new starters, a course's
// page, and a person's record, opened and used as a manager would.

test('by team: the heatmap, and from it a course’s page listing who is overdue with their line manager', async ({ page, app }) => {
  await firstRun(page, app, true);
  const heat = await app.call('training.heatmap', {});
  const course = heat.courses.find((c) => c.name === 'Complaints handling')!;
  const coursePage = await app.call('training.course', { id: course.id });
  expect(coursePage.overdue.length).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await page.getByRole('tab', { name: 'By team' }).click();
  const card = page.getByTestId('training-heatmap');
  await expect(card.getByRole('heading', { name: 'Compliance by team and course' })).toBeVisible();
  // the chart's words for those who cannot see it name every team
  for (const t of heat.teams) await expect(card.getByRole('img')).toHaveAttribute('aria-label', new RegExp(t.name));
  await page.screenshot({ path: 'test-results/screens/training-heatmap-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/training-heatmap-1920.png' });

  await card.getByRole('link', { name: 'Complaints handling' }).click();
  const view = page.getByTestId('course-page');
  await expect(view.getByRole('heading', { name: 'Complaints handling' })).toBeVisible();
  await expect(view).toContainText('Teaches the policy');
  const first = coursePage.overdue[0]!;
  const rows = view.locator('table tbody tr');
  await expect(rows).toHaveCount(coursePage.overdue.length);
  await expect(rows.first()).toContainText(first.name);
  if (first.lineManagerName) await expect(rows.first()).toContainText(first.lineManagerName);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/screens/training-course-1366.png' });

  // a name opens the person's record
  await rows.first().getByRole('button', { name: first.name }).click();
  await expect(page.getByTestId('person-panel')).toContainText(first.name);
});

test('new starters: past the deadline first; a name opens the record, whose course records a completion and shows in its history', async ({ page, app }) => {
  await firstRun(page, app, true);
  const starters = await app.call('training.newStarters', { months: 6 });
  expect(starters.people.length).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await page.getByRole('tab', { name: 'New starters' }).click();
  const card = page.getByTestId('new-starters');
  await card.getByLabel('Started in the last (months)').selectOption('6');
  const rows = card.locator('tbody tr');
  await expect(rows).toHaveCount(starters.people.length);
  const late = starters.people.filter((p) => p.pastDeadline).length;
  await expect(card.getByRole('status')).toContainText(`past the deadline`);
  if (late > 0) await expect(rows.first()).toContainText('Past deadline');
  await page.screenshot({ path: 'test-results/screens/training-starters-1366.png' });

  const starter = starters.people.find((p) => p.courses.some((c) => c.status === 'due' || c.status === 'missing'))!;
  const todo = starter.courses.find((c) => c.status === 'due' || c.status === 'missing')!;
  await card.getByRole('button', { name: starter.name }).click();
  const panel = page.getByTestId('person-panel');
  await expect(panel).toContainText(starter.name);
  await panel.getByRole('button', { name: todo.courseName }).click();
  const cellPanel = page.getByRole('complementary', { name: `${starter.name}: ${todo.courseName}` });
  await cellPanel.getByRole('button', { name: 'Record completion' }).click();
  await expect(page.getByText(`${starter.name}: ${todo.courseName} recorded as done on`)).toBeVisible();
  await cellPanel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toBeVisible();
  await panel.getByRole('tab', { name: /^Record/ }).click();
  await expect(panel.locator('.history li').first()).toContainText(`${todo.courseName}: completed`);
  await page.screenshot({ path: 'test-results/screens/training-person-1366.png' });
});

test('the matrix: a name opens the person’s record with each course they need', async ({ page, app }) => {
  await firstRun(page, app, true);
  const matrix = await app.call('training.matrix', {});
  const person = matrix.people.find((p) => p.required > 2)!;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await gridCell(page, person.id, 'name').click();
  const panel = page.getByTestId('person-panel');
  await expect(panel.getByRole('tab', { name: `Courses needed (${person.required})` })).toBeVisible();
  await expect(panel).toContainText(`(${person.compliant} of ${person.required})`);
});

test('the matrix and the scorecard export from their pages as spreadsheets, and the scorecard as a Word document', async ({ page, app }) => {
  await firstRun(page, app, true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export matrix (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^training-matrix-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Performance' }).click();
  await expect(page.locator('table[aria-label="Scorecard"] tr[data-code="CALLS"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/performance-scorecard-1366.png' });
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scorecard (.csv)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^scorecard-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
  const fs = await import('node:fs');
  const text = fs.readFileSync((await file.path())!, 'utf8');
  expect(text).toMatch(/^\uFEFFCode,Measure,Unit,/);
  // and as a Word document, with the same scorecard's table
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scorecard (Word)' }).click();
  const word = await download;
  expect(word.suggestedFilename()).toMatch(/^scorecard-\d{4}-\d{2}-to-\d{4}-\d{2}\.docx$/);
  const docx = await readDocx(fs.readFileSync((await word.path())!));
  expect(docx.text).toMatch(/^Performance scorecard \d{4}\/\d{2}\n/);
  expect(docx.text).toContain('Calls answered (CALLS)');
});
