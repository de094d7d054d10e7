import { formatDateLong } from '../../shared/domain/dates';
import { expect, firstRun, test } from './fixtures';

test('the paper editor offers the staff training part and its appendix, ticked on the demo’s draft paper, and unticking one saves', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstRun(page, app, true);
  const next = (await app.call('meetings.list')).find((m) => m.status === 'scheduled')!;
  await page.goto(`${app.origin}/#/meetings?meeting=${next.id}`);
  await page
    .getByLabel(`Meeting Housing Management Sub-Committee, ${formatDateLong(next.meetingDate)}`)
    .getByRole('link', { name: /progress report/ })
    .click();
  const part = page.getByRole('checkbox', { name: /^Staff training: mandatory training against the target/ });
  const appendix = page.getByRole('checkbox', { name: 'Appendix: training by team and course, and everyone with training expired or missing' });
  await expect(part).toBeChecked();
  await expect(appendix).toBeChecked();
  await part.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/paper-training-part.png' });

  await appendix.uncheck();
  await page.getByRole('button', { name: 'Save paper' }).click();
  await expect(page.getByText(/saved, version \d+/)).toBeVisible();
  const [paper] = await app.call('papers.list', { meetingId: next.id });
  expect([paper!.sections.training, paper!.sections.appendixTraining]).toEqual([true, false]);
});

test('a new paper can start from the annual complaints report template: its sections, the complaints part ticked, and the paper created with them', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // no demo: the template needs only a meeting to write for
  await firstRun(page, app, false);
  const committee = await app.call('committees.create', { name: 'Housing Committee' });
  const next = await app.call('meetings.create', { committeeId: committee.id, meetingDate: '2099-06-10' });
  await page.goto(`${app.origin}/#/meetings?meeting=${next.id}`);
  await page.getByRole('button', { name: 'Write a paper' }).click();
  const part = page.getByRole('checkbox', { name: /^Complaints performance: the last financial year ended by the data-as-at date/ });
  await expect(page.getByLabel('Title of section 1')).toHaveValue('Background');
  await expect(part).not.toBeChecked();

  await page.getByLabel('Start from').selectOption({ label: 'Annual complaints performance report' });
  await page.screenshot({ path: 'test-results/screens/paper-start-from-template.png' });
  const titles = [
    'Executive summary',
    'Background',
    'Performance overview',
    'Stage 1 and stage 2 timeliness',
    'Ombudsman determinations',
    'Learning and improvements',
    'Priorities for the coming year',
  ];
  for (const [i, title] of titles.entries()) await expect(page.getByLabel(`Title of section ${i + 1}`)).toHaveValue(title);
  await expect(page.getByLabel(`Title of section ${titles.length + 1}`)).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Executive summary' })).toHaveValue(/^\[Replace this guidance: /);
  await expect(part).toBeChecked();
  await part.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/paper-complaints-template.png' });

  await page.getByLabel('Subject').fill('Annual complaints performance report (from the template)');
  await page.getByRole('button', { name: 'Create paper' }).click();
  await expect(page.getByText(/saved, version \d+/)).toBeVisible();
  const paper = (await app.call('papers.list', { meetingId: next.id })).find((p) => p.title === 'Annual complaints performance report (from the template)')!;
  expect(paper.narrative.sections.map((s) => s.title)).toEqual(titles);
  expect(paper.narrative.sections.filter((s) => s.holdsData).map((s) => s.title)).toEqual(['Performance overview']);
  expect([paper.sections.complaints, paper.sections.training]).toEqual([true, false]);
});
