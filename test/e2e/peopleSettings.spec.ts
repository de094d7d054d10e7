import pkg from '../../package.json';
import { migrations } from '../../migrations';
import { expect, firstRun, test } from './fixtures';

test('people and teams count people in the singular and plural; settings show the app version and the schema number', async ({ page, app }) => {
  await firstRun(page, app, false);
  await page.getByRole('link', { name: 'People and teams' }).click();
  await page.getByLabel('New team').fill('Repairs and Maintenance');
  await page.getByRole('button', { name: 'Add team' }).click();
  const teams = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Teams' }) });
  await expect(teams.getByRole('listitem')).toHaveText(['Repairs and Maintenance (0 people)']);

  for (const name of ['Gareth Pryce', 'Amira Khan']) {
    await page.getByRole('button', { name: 'Add person' }).click();
    const form = page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Team').selectOption({ label: 'Repairs and Maintenance' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`${name} saved.`)).toBeVisible();
    if (name === 'Gareth Pryce') await expect(teams.getByRole('listitem')).toHaveText(['Repairs and Maintenance (1 person)']);
  }
  await expect(teams.getByRole('listitem')).toHaveText(['Repairs and Maintenance (2 people)']);

  // Employment dates: a leave date before the start is refused next to its field, and nothing is saved.
  await page.getByRole('button', { name: 'Gareth Pryce' }).click();
  const edit = page.getByRole('form', { name: 'Edit Gareth Pryce' });
  await edit.getByLabel('Start date').fill('01/04/2026');
  await edit.getByLabel('Leave date').fill('01/01/2026');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.locator('.field-error')).toContainText('The leave date cannot be before the start date.');
  expect((await app.call('people.list')).find((p) => p.name === 'Gareth Pryce')).toMatchObject({ startDate: null, leaveDate: null });
  await edit.getByLabel('Leave date').fill('');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Gareth Pryce saved.').last()).toBeVisible();
  expect((await app.call('people.list')).find((p) => p.name === 'Gareth Pryce')).toMatchObject({ startDate: '2026-04-01', leaveDate: null });

  await page.getByRole('link', { name: 'Settings' }).click();
  const about = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'About this database' }) });
  const fact = (term: string) => about.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(fact('Housing Desk version')).toHaveText(pkg.version);
  // The schema's number is its latest step's (010_training is 10).
  await expect(fact('Database schema')).toHaveText(String(Number(migrations.at(-1)![0].slice(0, 3))));
  await expect(about).not.toContainText(migrations.at(-1)![0]);
});

test('settings take the newsletter sign-up link, and a web address that is not a full http(s) address is refused next to its field', async ({ page, app }) => {
  await firstRun(page, app, false);
  await page.getByRole('link', { name: 'Settings' }).click();
  const newsletter = page.getByLabel('Newsletter sign-up link');
  await newsletter.fill('www.example.gov.uk/newsletter');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Newsletter sign-up link must be a full web address such as https://www.northgate.gov.uk/newsletter.')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await newsletter.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/settings-newsletter.png' });
  await newsletter.fill('https://www.example.gov.uk/newsletter');
  await page.getByLabel('Contact e-mail for published documents').fill('residentfocus@example.gov.uk');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect(await app.call('settings.get')).toMatchObject({
    newsletterUrl: 'https://www.example.gov.uk/newsletter',
    contactEmail: 'residentfocus@example.gov.uk',
  });
});

test('the training grace period and target are set in Settings: a bad value is refused next to its field, a good one changes the matrix', async ({
  page,
  app,
}) => {
  await firstRun(page, app, false);
  const team = await app.call('teams.create', { name: 'Tenancy' });
  const role = await app.call('jobRoles.create', { name: 'Housing officer' });
  const course = await app.call('courses.create', { name: 'Complaints handling', refreshMonths: 24, mandatory: true });
  await app.call('requirements.add', { jobRoleId: role.id, courseId: course.id });
  const { today } = await app.call('app.info');
  const started = new Date(Date.parse(`${today}T00:00:00Z`) - 40 * 86_400_000).toISOString().slice(0, 10);
  await app.call('people.create', { name: 'Ben Okoro', teamId: team.id, jobRoleId: role.id, startDate: started });
  expect((await app.call('training.matrix', {})).people[0]!.cells[0]!.status).toBe('due');

  await page.getByRole('link', { name: 'Settings' }).click();
  const grace = page.getByLabel('Days a new starter has to complete required training');
  await expect(grace).toHaveValue('90');
  await grace.fill('400');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Days a new starter has to complete required training must be 365 or fewer.')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await grace.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/settings-training.png' });
  await grace.fill('30');
  await page.getByLabel('Training target').fill('90');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  expect(await app.call('settings.get')).toMatchObject({ trainingGraceDays: 30, trainingTarget: 90 });
  // Ben started 40 days ago: with 30 days to train, his course is now missing.
  expect((await app.call('training.matrix', {})).people[0]!.cells[0]!.status).toBe('missing');
});

test('settings show the last good backup, and "Back up now" writes and checks another', async ({ page, app }) => {
  await firstRun(page, app, false);
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByTestId('backups');
  // serve took the day's backup when it started
  await expect(card).toContainText(/Last good backup\s*\d{1,2} \w{3} \d{4} at \d{2}:\d{2}, \d+ KB, checked after writing/);
  await expect(card).toContainText(/1 backup: one a day for a week/);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backed up and checked: .*\.backup\.sqlite/ })).toBeVisible();
  await expect(card).toContainText(/2 backups: one a day for a week/);
  await expect(card.getByRole('status')).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/settings-backups.png' });
});
