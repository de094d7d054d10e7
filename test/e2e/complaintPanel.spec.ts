import type { ComplaintRow } from '../../shared/contract';
import { complaintClock } from '../../shared/domain/complaints';
import { formatDateLong } from '../../shared/domain/dates';
import { dayName } from '../../shared/domain/workingDays';
import { expect, test } from './fixtures';

const day = (d: string) => `${dayName(d).slice(0, 3)} ${formatDateLong(d)}`;

test("a complaint's panel reads the case and its Code clock, worked out as the clocks do, and opens the other stage", async ({ page, app }) => {
  // the demo loaded by the call, which waits as long as it takes on a busy machine, then the app opened on it
  await app.call('app.setup', { userName: 'Priya Shah', organisation: 'Northgate Borough Council', loadDemo: true });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  const rows: ComplaintRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const p = await app.call('complaints.list', { offset, limit: 500 });
    rows.push(...p.rows);
    if (rows.length >= p.total) break;
  }
  // a stage 2 answered, whose stage 1 is in the log too
  const second = rows.find((r) => r.stage === 2 && r.responded && rows.some((s) => s.reference === r.reference && s.stage === 1))!;
  const first = rows.find((r) => r.reference === second.reference && r.stage === 1)!;
  const extra = new Set((await app.call('nonWorkingDays.list')).map((d) => d.date));
  const clock = complaintClock({ ...second, responded: second.responded }, extra);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints' }).click();
  await page.getByLabel('Search complaints by reference').fill(second.reference);
  // the search leaves the reference's stages; a click on stage 2's row opens its panel (a stage is 1 or 2)
  await expect(page.locator('[role="gridcell"][col-id="reference"]')).toHaveText([second.reference, second.reference]);
  await page.locator('[role="gridcell"][col-id="stage"]').filter({ hasText: '2' }).click();

  const panel = page.getByRole('complementary', { name: `Complaint ${second.reference} stage 2` });
  await expect(panel.getByRole('heading', { name: `${second.reference}, stage 2` })).toBeVisible();
  await expect(panel).toContainText('Edit the case in your CRM and import again');
  // a fact of whichever panel is open
  const fact = (label: string) => page.getByRole('complementary').locator(`dt:text-is("${label}") + dd`);
  await expect(fact('Received')).toHaveText(day(second.received));
  await expect(fact('Acknowledgement due')).toHaveText(`${day(clock.acknowledgementDue)} (5 working days after receipt)`);
  await expect(fact('Response due')).toContainText(day(clock.responseDue));
  await expect(fact('Responded')).toHaveText(
    `${day(second.responded!)}, ${clock.onTime ? 'on time' : `${clock.daysLate} working day${clock.daysLate === 1 ? '' : 's'} late`}`,
  );
  expect([clock.acknowledgementDue, clock.responseDue]).toEqual([second.acknowledgementDue, second.responseDue]);
  await page.screenshot({ path: 'test-results/screens/complaint-panel-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/complaint-panel-1920.png' });

  await panel.getByRole('link', { name: 'Open stage 1' }).click();
  const stage1 = page.getByRole('complementary', { name: `Complaint ${first.reference} stage 1` });
  await expect(stage1.getByRole('heading', { name: `${first.reference}, stage 1` })).toBeVisible();
  await expect(fact('Received')).toHaveText(day(first.received));
  await expect(stage1.getByRole('link', { name: 'Open stage 2' })).toBeVisible();

  // An open case late already says by how much; Esc closes the panel.
  const late = rows.find((r) => r.status === 'open_late' && r.daysLate > 1)!;
  await page.evaluate((hash) => (window.location.hash = hash), `#/complaints?case=${late.id}`);
  await expect(fact('Responded')).toHaveText(`Not yet: overdue by ${late.daysLate} working days`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);
});
