import type { Route } from '@playwright/test';
import { formatMonth } from '../../shared/domain/dates';
import { expect, firstRun, test } from './fixtures';

// An export runs in the background on a worker (issue 15): the page says which phase it is in, and
// Cancel stops it. The status answers after the first are held back here, so the test can see the
// phase and cancel before the document is done, whatever the machine's speed.

test('an export shows its phase while it runs, Cancel stops it and saves nothing, and the next export downloads', async ({ page, app }) => {
  await firstRun(page, app, true);
  const month = (await app.call('app.info')).today.slice(0, 7);
  await page.getByRole('link', { name: 'Monthly updates' }).click();
  await expect(page.getByRole('heading', { name: `Monthly update: ${formatMonth(month)}` })).toBeVisible();

  const held: Route[] = [];
  const seen: string[] = [];
  let statusAnswers = 0;
  await page.route('**/api/call', async (route) => {
    const { name } = route.request().postDataJSON() as { name: string };
    seen.push(name);
    if (name === 'exportJobs.status' && ++statusAnswers > 1) held.push(route);
    else await route.continue();
  });
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.getByRole('button', { name: 'Export monthly update (.docx)' }).click();
  const progress = page.getByRole('status').filter({ hasText: 'Export monthly update (.docx):' });
  await expect(progress).toContainText(
    /Reading the registers|Drawing the document and laying out its pages|Writing the pages with their numbers|Checking the document is accessible/,
  );
  await expect(page.getByRole('button', { name: 'Export recommendations document (.docx)' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('export-in-progress.png') });
  // the page's next status call is held, so the export is still under way on the page when cancelled
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  await expect(progress).toHaveCount(0);
  expect(seen).toContain('exportJobs.cancel');

  // The held answers now arrive and are ignored: the job was cancelled, and nothing is downloaded.
  const jobId = (held[0]!.request().postDataJSON() as { input: { jobId: string } }).input.jobId;
  for (const route of held.splice(0)) await route.continue();
  await page.unroute('**/api/call');
  expect(await app.call('exportJobs.status', { jobId })).toMatchObject({ state: 'cancelled' });
  expect(downloads).toBe(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export monthly update (.docx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/monthly-update-\d{4}-\d{2}(-draft)?\.docx$/);
  await expect(page.getByText(/monthly-update-.*has been prepared/)).toBeVisible();
});
