import { addMonths, formatDateLong, type IsoDate } from '../../shared/domain/dates';
import { firstDay, lastDay, monthOf, type Month } from '../../shared/domain/months';
import { nextWorkingDay, previousWorkingDay } from '../../shared/domain/workingDays';
import type { Db } from '../core/context';
import { monthlyHandlers } from '../monthly/monthlyHandlers';
import { callInLoad, type LoadCtx } from './callInLoad';

// The monthly updates a project manager would have written for residents: last month's, published
// as the app publishes (its document and the notes it quotes frozen), and this month's in draft,
// both with the public measures (loadMeasuresDemo runs first).
// Each bullet rests on the recommendations' notes and statuses in residentFocusData.ts: last
// month's on notes at least a month old, this month's on the latest ones.

interface DemoBullet {
  ref: string;
  /** day of the month it was written (moved to a working day in the month), or the date of the news it gives */
  day: number | ((m: MeetingDates) => IsoDate);
  body: string | ((m: MeetingDates) => string);
}

interface MeetingDates {
  postponed: IsoDate;
  next: IsoDate;
}

const LAST_MONTH: DemoBullet[] = [
  {
    ref: 'R4',
    day: 4,
    body: 'The Housing User Board (the HUB), our group of residents who comment on our plans, has reviewed our new Compensation, Damp & Mould and Fire Safety policies, and our updated Repairs & Maintenance policy. We are looking at their comments now. The first three policies will then go to the Housing Management Sub-Committee for approval.',
  },
  {
    ref: 'R21',
    day: 8,
    body: 'We have gone out to tender for a new repairs and maintenance contract. While this happens, staff are still meeting the current contractor every month to sort out any problems with the service you receive.',
  },
  {
    ref: 'R22',
    day: 12,
    body: 'An inspector is now checking communal repairs after the contractor says they are finished. Where a job was not done properly, the contractor has had to come back and put it right at no cost to you.',
  },
  {
    ref: 'R3',
    day: 17,
    body: 'We are rewriting our most-used letters and emails in plain English. Residents from the HUB have helped us test the new wording to make sure it is clear.',
  },
  {
    ref: 'R8',
    day: 22,
    body: 'New hearing loops are being fitted in all five estate offices, so that everyone who visits us can hear and be heard.',
  },
  {
    ref: 'R17',
    day: 26,
    body: 'Our draft plan for involving residents is with the HUB for comment. It sets out how you can have your say on the services we provide and how we will report back to you.',
  },
];

const THIS_MONTH: DemoBullet[] = [
  {
    ref: 'R4',
    day: (m) => m.postponed,
    body: (m) =>
      `The Housing Management Sub-Committee meeting planned for ${formatDateLong(m.postponed)} was postponed because not enough members could attend. The Compensation, Damp & Mould and Fire Safety policies will now go to the meeting on ${formatDateLong(m.next)} for approval.`,
  },
  {
    ref: 'R12',
    day: 3,
    body: 'We have relaunched the Starter Hub on our staff website. New staff and their managers now have one place to find everything they need, so new colleagues can help you sooner.',
  },
  {
    ref: 'R8',
    day: 8,
    body: 'Hearing loops are now fitted and tested in all five estate offices. We are also counting visits to each office for eight weeks, to help us set opening hours that suit you.',
  },
  {
    ref: 'R3',
    day: 14,
    body: 'We have now rewritten 27 of our 40 most-used letters and emails in plain English. The rest will follow once our legal team has checked the new rent letters.',
  },
  {
    ref: 'R14',
    day: 18,
    body: 'Staff who handle complaints are being trained on the Housing Ombudsman’s Complaint Handling Code. Four of the six groups have finished. After the last two, we will publish our first “You said, we did” summary of what we have learned from your complaints.',
  },
  {
    ref: 'R6',
    day: 22,
    body: 'We are changing our systems so that every enquiry you make has a named officer who looks after it until it is sorted out. This is taking longer than we planned, and we will tell you here when it is in place.',
  },
];

/** A working day of the month near the given day, and never after `latest` (this month's bullets are not dated ahead of today). */
function bulletDate(month: Month, day: number, latest: IsoDate): IsoDate {
  const end = lastDay(month) < latest ? lastDay(month) : latest;
  const wanted = `${month}-${String(day).padStart(2, '0')}`;
  const d = wanted > end ? end : wanted;
  const forward = nextWorkingDay(d);
  if (forward <= end) return forward;
  const back = previousWorkingDay(d);
  return back >= firstDay(month) ? back : d;
}

async function meetingDates(db: Db): Promise<MeetingDates> {
  const rows = await db.selectFrom('meetings').select(['meeting_date', 'status']).orderBy('meeting_date', 'desc').execute();
  const date = (status: string) => rows.find((r) => r.status === status)?.meeting_date ?? '';
  return { postponed: date('postponed'), next: date('scheduled') };
}

async function addBullets(db: Db, ctx: LoadCtx, programmeId: number, month: Month, bullets: DemoBullet[], dates: MeetingDates) {
  const recs = await db.selectFrom('recommendations').select(['id', 'ref']).where('programme_id', '=', programmeId).execute();
  const latest = month === monthOf(ctx.today) ? ctx.today : lastDay(month);
  const dated = bullets.map((b) => {
    const news = typeof b.day === 'function' ? b.day(dates) : null;
    const itemDate = news && monthOf(news) === month && news <= latest ? news : bulletDate(month, typeof b.day === 'number' ? b.day : 1, latest);
    return { ...b, itemDate };
  });
  for (const b of dated.sort((x, y) => x.itemDate.localeCompare(y.itemDate))) {
    const rec = recs.find((r) => r.ref === b.ref);
    if (!rec) throw new Error(`Demo bullet names an unknown recommendation ${b.ref}`);
    await callInLoad(db, ctx, monthlyHandlers['monthly.addItem'], 'monthly.addItem', {
      programmeId,
      month,
      itemDate: b.itemDate,
      body: typeof b.body === 'string' ? b.body : b.body(dates),
      recommendationId: rec.id,
    });
  }
}

/** Last month's update published, this month's in draft. Returns how many monthly updates it wrote. */
export async function loadMonthlyDemo(db: Db, ctx: LoadCtx, programmeId: number): Promise<number> {
  const thisMonth = monthOf(ctx.today);
  const lastMonth = monthOf(addMonths(firstDay(thisMonth), -1));
  const dates = await meetingDates(db);
  await addBullets(db, ctx, programmeId, lastMonth, LAST_MONTH, dates);
  // Both tell residents how the public measures did: last month's with its figures, this month's once its figures are in.
  await callInLoad(db, ctx, monthlyHandlers['monthly.setMeasures'], 'monthly.setMeasures', { programmeId, month: lastMonth, include: true });
  await callInLoad(db, ctx, monthlyHandlers['monthly.publish'], 'monthly.publish', { programmeId, month: lastMonth });
  await addBullets(db, ctx, programmeId, thisMonth, THIS_MONTH, dates);
  await callInLoad(db, ctx, monthlyHandlers['monthly.setMeasures'], 'monthly.setMeasures', { programmeId, month: thisMonth, include: true });
  return 2;
}
