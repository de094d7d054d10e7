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
