import type { Meeting } from '../../shared/contract';
import { addDays, formatDateLong } from '../../shared/domain/dates';
import { bankHolidays, dayName, formatDateFull as full, isWorkingDay } from '../../shared/domain/workingDays';
import { expect, firstRun, test } from './fixtures';

const uk = (iso: string) => iso.split('-').reverse().join('/');

test('the demo meets on working days, with its paper ready; the meeting forms ask about a weekend or a bank holiday without refusing it', async ({
  page,
  app,
}) => {
  await firstRun(page, app, true);
  const info = await app.call('app.info');
  const meetings: Meeting[] = await app.call('meetings.list');
  for (const m of meetings) expect(isWorkingDay(m.meetingDate), `${m.status} meeting on ${m.meetingDate}`).toBe(true);
  const next = meetings.find((m) => m.status === 'scheduled')!;

  // the next meeting has the demo's draft paper
  await page.goto(`${app.origin}/#/meetings?meeting=${next.id}`);
  const detail = page.getByLabel(`Meeting Housing Management Sub-Committee, ${formatDateLong(next.meetingDate)}`);
  await expect(detail.getByRole('link', { name: /progress report/ })).toBeVisible();
  await expect(detail.locator('.field-warning')).toHaveCount(0);

  // a Saturday, then a bank holiday, then a working day in the new meeting form
  let saturday = addDays(info.today, 60);
  while (dayName(saturday) !== 'Saturday') saturday = addDays(saturday, 1);
  const goodFriday = bankHolidays(Number(info.today.slice(0, 4)) + 1).find((h) => h.name === 'Good Friday')!.date;
  const form = page.getByRole('form', { name: 'Add a meeting' });
  const date = form.getByLabel('Meeting date');
  await date.fill(uk(saturday));
  await expect(form.getByText(`${full(saturday)} is a Saturday: is that right?`)).toBeVisible();
  await expect(date).toHaveAccessibleDescription(/is a Saturday: is that right\?/);
  await date.fill(uk(goodFriday));
  await expect(form.getByText(`${full(goodFriday)} is a bank holiday (Good Friday): is that right?`)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/meeting-date-warning.png' });
  await date.fill(uk(addDays(goodFriday, -1)));
  await expect(form.locator('.field-warning')).toHaveCount(0);

  // the warning does not stop the save
  await date.fill(uk(saturday));
  await form.getByRole('button', { name: 'Add meeting' }).click();
  await expect(page.getByLabel(`Meeting Housing Management Sub-Committee, ${formatDateLong(saturday)}`)).toBeVisible();
  const after: Meeting[] = await app.call('meetings.list');
  expect(after.map((m) => m.meetingDate)).toContain(saturday);

  // the postponement form asks too
  await page.goto(`${app.origin}/#/meetings?meeting=${next.id}`);
  const postpone = detail.getByRole('form', { name: 'Postpone this meeting' });
  await postpone.getByLabel('New date').fill(uk(saturday));
  await expect(postpone.getByText(`${full(saturday)} is a Saturday: is that right?`)).toBeVisible();
});
