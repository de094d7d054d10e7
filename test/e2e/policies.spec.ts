import path from 'node:path';
import Database from 'better-sqlite3';
import { addDays, formatDateLong, localToday } from '../../shared/domain/dates';
import { expect, expectGridRows, firstRun, test } from './fixtures';
import { convertWithLibreOffice, pagesAsPng } from './office';

const uk = (iso: string) => iso.split('-').reverse().join('/');

test('policy schedule: the views count their rows and reviews clustering in a month are pointed out', async ({ page, app }) => {
  await firstRun(page, app, true);
  const policies = await app.call('policies.list');
  await page.getByRole('link', { name: 'Policies', exact: true }).click();
  await expectGridRows(page, policies.length);
  await page.getByRole('button', { name: 'Review overdue' }).click();
  await expectGridRows(page, policies.filter((p) => p.reviewState === 'overdue').length);
  await page.getByRole('button', { name: 'In development' }).click();
  await expectGridRows(
    page,
    policies.filter((p) => ['identified_missing', 'drafting', 'staff_consultation', 'resident_consultation', 'awaiting_committee'].includes(p.stage)).length,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Reviews cluster in' })).toContainText('more than 3 in a month');
  await page.screenshot({ path: 'test-results/screens/policies.png' });
  // The view chosen comes back when the page is opened again.
  await page.getByRole('button', { name: 'Review overdue' }).click();
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('link', { name: 'Policies', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Review overdue' })).toHaveAttribute('aria-pressed', 'true');
  await expectGridRows(page, policies.filter((p) => p.reviewState === 'overdue').length);
});

test('a policy: linked to the recommendation it answers, a consultation recorded and its response added once agreed', async ({ page, app }) => {
  await firstRun(page, app, true);
  const pets = (await app.call('policies.list')).find((p) => p.title === 'Pets')!;
  await page.goto(`${app.origin}/#/policies?policy=${pets.id}`);
  const panel = page.getByRole('complementary', { name: 'Policy Pets' });
  await panel.getByLabel(/RFP R17:/).check();
  await panel.getByRole('button', { name: 'Save links' }).click();
  await expect.poll(async () => (await app.call('policies.get', { id: pets.id })).recommendationRefs).toEqual(['RFP R17']);

  // Record a consultation, then add the response once it is agreed.
  await panel.getByRole('tab', { name: /Consultation/ }).click();
  await panel.getByLabel('Summary of feedback').fill('The HUB asked for assistance dogs to be allowed in every block.');
  await panel.getByRole('button', { name: 'Add to the log' }).click();
  await panel.getByRole('button', { name: /^Edit consultation of Staff/ }).click();
  const editor = panel.getByRole('form', { name: 'Edit consultation of Staff' });
  await editor.getByLabel('Our response').fill('Assistance dogs are always allowed; the policy now says so.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('list', { name: 'Consultation log' })).toContainText('Our response: Assistance dogs are always allowed');
  expect((await app.call('policies.get', { id: pets.id })).consultations[0]!.response).toBe('Assistance dogs are always allowed; the policy now says so.');
});

test('a past meeting, recorded for history, approves a policy by its decision; one still in drafting is refused', async ({ page, app }) => {
  await firstRun(page, app, true);
  const info = await app.call('app.info');
  const policies = await app.call('policies.list');
  // A past meeting, recorded for history, approves the Damp & Mould policy.
  await page.getByRole('link', { name: 'Meetings and papers' }).click();
  const past = addDays(info.today, -2);
  await page.getByLabel('Meeting date').fill(uk(past));
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await expect(page.getByText('This date is in the past.')).toBeVisible();
  await expect(page.locator('.field-error')).toContainText('is in the past');
  await page.getByLabel('Record it as a meeting that has already been held').check();
  await page.getByRole('button', { name: 'Add meeting' }).click();
  const detail = page.getByLabel(`Meeting Housing Management Sub-Committee, ${formatDateLong(past)}`);
  await expect(detail).toBeVisible();
  const damp = policies.find((p) => p.title === 'Damp & Mould')!;
  const drafting = policies.find((p) => p.stage === 'drafting')!;
  for (const p of [damp, drafting]) {
    await detail.getByLabel('Policy', { exact: true }).selectOption(String(p.id));
    await detail.getByRole('button', { name: 'Add item' }).click();
    await expect(detail.locator('.agenda > li').filter({ hasText: `${p.title} Policy` })).toBeVisible();
  }
  // approving a policy still in drafting is refused, next to the field
  const draftingItem = detail.locator('.agenda > li').filter({ hasText: `${drafting.title} Policy` });
  await draftingItem.getByRole('button', { name: 'Record decision' }).click();
  await draftingItem.getByLabel('New version').fill('1.0');
  await draftingItem.getByRole('button', { name: 'Record decision' }).click();
  await expect(draftingItem.locator('.error-text')).toContainText('must complete consultation');
  // Damp & Mould is approved
  const dampItem = detail.locator('.agenda > li').filter({ hasText: 'Damp & Mould Policy' });
  await dampItem.getByRole('button', { name: 'Record decision' }).click();
  await dampItem.getByLabel('New version').fill('1.0');
  await dampItem.getByLabel('Notes').fill('Approved with thanks to the HUB.');
  await dampItem.getByRole('button', { name: 'Record decision' }).click();
  await expect(dampItem).toContainText('Decision: Approved');
  const approved = await app.call('policies.get', { id: damp.id });
  expect(approved).toMatchObject({ stage: 'approved', approvalDate: past, policyVersion: '1.0' });
  expect(approved.nextReviewDate).toBe(`${Number(past.slice(0, 4)) + 3}${past.slice(4)}`);
});

test('a meeting: its history reads the date the UK way; one still to come cannot be marked as held; postponing asks for a later date and carries the items', async ({
  page,
  app,
}) => {
  await firstRun(page, app, true);
  const meetings = await app.call('meetings.list');
  const next = meetings.find((m) => m.status === 'scheduled')!;
  // a label stored with an ISO date, as older versions wrote them
  const db = new Database(app.dbPath);
  db.prepare("update audit_log set label = ? where entity = 'meeting' and entity_id = ? and action = 'create'").run(
    `Housing Management Sub-Committee, ${next.meetingDate}`,
    next.id,
  );
  db.close();
  await page.goto(`${app.origin}/#/meetings?meeting=${next.id}`);
  const detail = page.getByLabel(`Meeting Housing Management Sub-Committee, ${formatDateLong(next.meetingDate)}`);
  await expect(detail.locator('.agenda > li')).toHaveCount(next.items.length);

  // the history reads the date the UK way
  await detail.getByText('History of this meeting').click();
  await expect(detail.locator('.history')).toContainText(`created meeting Housing Management Sub-Committee, ${formatDateLong(next.meetingDate)}`);
  await expect(detail.locator('.history')).not.toContainText(next.meetingDate);

  // a meeting still to come cannot be marked as held: the page says from when it can be
  const form = detail.getByRole('form', { name: 'Postpone this meeting' });
  await expect(form.getByRole('button', { name: 'Mark as held' })).toHaveCount(0);
  await expect(form).toContainText(`It can be marked as held from ${formatDateLong(next.meetingDate)}, once it has taken place.`);
  // a new date left blank is asked for
  await form.getByLabel('Reason for postponing').fill('Election period');
  await form.getByRole('button', { name: 'Postpone and move the items' }).click();
  await expect(form.locator('.error-text')).toHaveText('Enter the new meeting date.');

  // postponing to an earlier date is refused; to a later one moves the items
  await form.getByLabel('New date').fill(uk(addDays(next.meetingDate, -7)));
  await form.getByRole('button', { name: 'Postpone and move the items' }).click();
  await expect(form.locator('.error-text')).toContainText('must be after the original date');
  const later = addDays(next.meetingDate, 28);
  await form.getByLabel('New date').fill(uk(later));
  await form.getByRole('button', { name: 'Postpone and move the items' }).click();
  const moved = page.getByLabel(`Meeting Housing Management Sub-Committee, ${formatDateLong(later)}`);
  await expect(moved).toContainText(`Postponed from ${formatDateLong(next.meetingDate)}`);
  await expect(moved.locator('.agenda > li')).toHaveCount(next.items.length);
});

test('a paper written in the app for a postponed meeting: saved, reopened, edited, exported, and it opens in LibreOffice', async ({ page, app }) => {
  await firstRun(page, app, true);
  const next = (await app.call('meetings.list')).find((m) => m.status === 'scheduled')!;
  const later = addDays(next.meetingDate, 28);
  const postponed = await app.call('meetings.postpone', { id: next.id, newDate: later, reason: 'Election period' });
  await page.goto(`${app.origin}/#/meetings?meeting=${postponed.id}`);
  const moved = page.getByLabel(`Meeting Housing Management Sub-Committee, ${formatDateLong(later)}`);
  await expect(moved).toContainText(`Postponed from ${formatDateLong(next.meetingDate)}`);

  // write a paper for the new date
  await moved.getByRole('button', { name: 'Write a paper' }).click();
  await page.getByLabel('Subject').fill('Housing policies and the Resident Focus Project');
  await page.getByLabel('Report of').fill('Executive Director of Housing');
  await page.getByLabel('Summary').fill('This report asks members to approve three policies and notes progress on the action plan.');
  await page.getByLabel('For Decision').check();
  await page.getByLabel('Recommendations').fill('note the progress on the action plan\napprove the Compensation, Damp & Mould and Fire Safety policies');
  await page
    .getByLabel('Background', { exact: true })
    .fill('An independent review made 24 recommendations.\n\nMembers asked for a table of policies with their renewal dates.');
  // an own section, typed with a table pasted from Excel, moved up before the current position, and one removed
  await page.getByRole('button', { name: 'Add a section' }).click();
  await page.getByLabel('Title of section 7').fill('Learning from complaints');
  await page.getByLabel('Learning from complaints', { exact: true }).fill('Complaints by stage:\nStage\tLast year\tThis year\nStage 1\t1,204\t1,774');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: /^Move section \d+ \(Learning from complaints\) up$/ }).click();
  await page.getByRole('button', { name: 'Remove section 4 (Options)' }).click();
  await page.getByRole('button', { name: 'Add an appendix' }).click();
  await page.getByLabel('Title of appendix 1').fill('Glossary');
  await page.getByLabel('Glossary', { exact: true }).fill('HUB: our resident consultation group.');
  await page.getByRole('heading', { name: 'Main report sections' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/paper-sections.png' });
  await page.getByLabel('Action plan progress').selectOption({ label: 'Resident Focus Project' });
  await page.getByLabel(/Policy schedule: for approval/).check();
  await page.getByLabel('Appendix: the full policy schedule').check();
  await page.getByLabel('Financial implications').fill('None beyond existing budgets.');
  await page.getByRole('button', { name: 'Create paper' }).click();
  await expect(page.getByRole('heading', { name: 'Committee paper', exact: true })).toBeVisible();

  // reopen and edit
  await page.reload();
  await expect(page.getByLabel('Subject')).toHaveValue('Housing policies and the Resident Focus Project');
  await page.getByLabel('Conclusion').fill('The programme is on course; four policies need members’ approval.');
  await page.getByRole('button', { name: 'Save paper' }).click();
  await expect(page.getByText('saved, version 2')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export paper (.docx)' }).click();
  const file = await download;
  const target = path.join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(target);
  const { pdf, text } = convertWithLibreOffice(target);
  // The text as read, without the footer each page break puts in it.
  const flat = text.replace(/\s+/g, ' ').replace(/ ?Housing policies and the Resident Focus Project, \d+ \w+ \d{4}\. Page \d+ of \d+ ?/g, ' ');
  expect(flat).toContain('Housing Management Sub-Committee');
  expect(flat).toContain(formatDateLong(later));
  expect(flat).toContain('For Decision');
  expect(flat).toContain('Members are asked to:');
  expect(flat).toContain('approve the Compensation, Damp & Mould and Fire Safety policies');
  expect(flat).toMatch(/3\.1 An independent review made 24 recommendations\. 3\.2 Members asked for a table/);
  expect(flat).toContain(`Data as at ${formatDateLong(localToday())}`);
  expect(flat).toMatch(
    /come to this meeting for approval: Compensation \(Awaiting committee\); Damp & Mould \(Awaiting committee\); Fire Safety \(Awaiting committee\)/,
  );
  expect(flat).toMatch(/\d+\. Financial implications \d+\.1 None beyond existing budgets\./);
  expect(flat).toContain('Appendix 1: policy schedule');
  expect(flat).toMatch(/4\. Learning from complaints 4\.1 Complaints by stage: Stage Last year This year Stage 1 1,204 1,774 5\. Current position/);
  expect(flat).not.toContain('Options');
  expect(flat).toContain('Appendix 2: Glossary HUB: our resident consultation group.');
  expect(flat).toContain('four policies need members’ approval');
  pagesAsPng(pdf, 'test-results/screens/committee-paper-page', 3);
});
