import { addDays, addMonths } from '../../shared/domain/dates';
import type { Page } from '@playwright/test';
import { expect, firstRun, test, type RunningApp } from './fixtures';

const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The demo loaded, then on one home an electrical report done 90 days ago with a C2 code (so
 * unsatisfactory, with its 28-day remedial action raised) and a gas no-access visit 5 days ago;
 * the home's panel open at its certificates.
 */
async function openHomeWithRecords(page: Page, app: RunningApp) {
  await firstRun(page, app, true);
  const { today } = await app.call('app.info');
  const home = (await app.call('homes.list', { limit: 50 })).rows.find((h) => h.active && h.blockId)!;
  const done = addDays(today, -90);
  const eicr = await app.call('certificates.create', {
    checkType: 'EICR',
    homeId: home.id,
    dateDone: done,
    eicrCodes: 'C2',
    contractor: 'Brightwire Electrical',
    reference: 'E2E-EICR-1',
  });
  const remedial = (await app.call('homes.get', { id: home.id })).certificates.find((c) => c.id === eicr.id)!.remedials[0]!;
  const visitDate = addDays(today, -5);
  await app.call('noAccess.create', { checkType: 'GAS', homeId: home.id, visitDate, notes: 'E2E card left' });

  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  await page.getByRole('link', { name: 'Homes, blocks and certificates' }).click();
  await page.getByLabel('Search homes by UPRN or address').fill(home.uprn);
  await expect(page.getByRole('status').filter({ hasText: /home/ })).toHaveText('1 home');
  await page.locator('.grid-wrap .ag-row').filter({ hasText: home.uprn }).click();
  const panel = page.getByRole('complementary', { name: `Home ${home.address}` });
  await panel.getByRole('tab', { name: /Certificates/ }).click();
  return { today, home, done, eicr, remedial, visitDate, panel };
}

const eicrDone = (date: string) => `Electrical installation condition report done ${uk(date)}`;

test('correct a certificate: the form starts from what is recorded, a C2 code with “satisfactory” is refused, the expiry follows the new date', async ({
  page,
  app,
}) => {
  const { today, home, done, eicr, panel } = await openHomeWithRecords(page, app);
  const corrected = addDays(today, -80);
  // the form starts from what is recorded; a derived expiry shows blank
  const cert = panel.getByRole('listitem', { name: eicrDone(done) });
  await expect(cert).toContainText(`Expires ${uk(addMonths(done, 60))} (from the interval)`);
  await cert.getByRole('button', { name: 'Edit certificate' }).click();
  const form = cert.getByRole('form', { name: 'Edit certificate' });
  await expect(form.getByLabel('Date done')).toHaveValue(uk(done));
  await expect(form.getByLabel('Expiry date')).toHaveValue('');
  await expect(form.getByLabel('EICR codes')).toHaveValue('C2');
  await expect(form.getByLabel('Outcome')).toHaveValue('unsatisfactory');
  await expect(form.getByLabel('Reference')).toHaveValue('E2E-EICR-1');
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/stock-edit-certificate.png' });
  // a C2 code with "satisfactory" is refused next to the outcome
  await form.getByLabel('Outcome').selectOption('satisfactory');
  await form.getByRole('button', { name: 'Save certificate' }).click();
  await expect(form.locator('.field-error').filter({ hasText: 'Outcome' }).locator('.error-text')).toContainText('C2');
  await form.getByLabel('Outcome').selectOption('');
  await form.getByLabel('Date done').fill(uk(corrected));
  await form.getByRole('button', { name: 'Save certificate' }).click();
  const moved = panel.getByRole('listitem', { name: eicrDone(corrected) });
  await expect(moved).toContainText(`Expires ${uk(addMonths(corrected, 60))} (from the interval)`);
  await expect(moved).toContainText('Unsatisfactory');
  expect((await app.call('homes.get', { id: home.id })).certificates.find((c) => c.id === eicr.id)).toMatchObject({
    dateDone: corrected,
    expiryDate: addMonths(corrected, 60),
    outcome: 'unsatisfactory',
    eicrCodes: 'C2',
  });
});

test('a remedial action: give it an owner, then delete it after saying yes', async ({ page, app }) => {
  const { home, done, eicr, remedial, panel } = await openHomeWithRecords(page, app);
  const owner = (await app.call('people.list')).find((p) => p.active)!;
  const cert = panel.getByRole('listitem', { name: eicrDone(done) });
  const remedials = cert.getByRole('table', { name: /Remedial actions/ });
  await remedials.getByRole('button', { name: `Edit “${remedial.description}”` }).click();
  const edit = remedials.getByRole('form', { name: `Edit ${remedial.description}` });
  await expect(edit.getByLabel('Due date')).toHaveValue(uk(remedial.dueDate));
  await edit.getByLabel('Owner').selectOption({ label: owner.name });
  await page.screenshot({ path: 'test-results/screens/stock-edit-remedial.png' });
  await edit.getByRole('button', { name: 'Save remedial action' }).click();
  await expect(remedials).toContainText(`Owner: ${owner.name}`);
  await expect(remedials).toContainText('Overdue');
  expect((await app.call('homes.get', { id: home.id })).certificates.find((c) => c.id === eicr.id)!.remedials[0]).toMatchObject({
    ownerId: owner.id,
    dueDate: remedial.dueDate,
    completedDate: null,
  });
  // delete it, after saying yes
  page.once('dialog', (d) => void d.accept());
  await remedials.getByRole('button', { name: `Delete “${remedial.description}”` }).click();
  await expect(cert.getByRole('table', { name: /Remedial actions/ })).toHaveCount(0);
  expect((await app.call('homes.get', { id: home.id })).certificates.find((c) => c.id === eicr.id)!.remedials).toEqual([]);
});

test('a no-access visit: a date in the future is refused next to it, a correction is saved, then the visit is deleted', async ({ page, app }) => {
  const { today, home, visitDate, panel } = await openHomeWithRecords(page, app);
  await panel.getByRole('tab', { name: /No access/ }).click();
  const visits = panel.getByRole('table', { name: 'No-access visits' });
  const what = `Gas safety record visit on ${uk(visitDate)}`;
  await visits.getByRole('button', { name: `Edit the ${what}` }).click();
  const visitForm = visits.getByRole('form', { name: `Edit the ${what}` });
  await visitForm.getByLabel('Visit date').fill(uk(addDays(today, 1)));
  await visitForm.getByRole('button', { name: 'Save visit' }).click();
  await expect(visitForm.locator('.error-text')).toHaveText('The visit date cannot be in the future.');
  await visitForm.getByLabel('Visit date').fill(uk(addDays(today, -6)));
  await visitForm.getByLabel('Notes').fill('E2E card left twice');
  await visitForm.getByRole('button', { name: 'Save visit' }).click();
  await expect(visits).toContainText(`${uk(addDays(today, -6))}Gas safety recordHomeE2E card left twice`);
  const moreVisits = (await app.call('homes.get', { id: home.id })).noAccess.length;
  page.once('dialog', (d) => void d.accept());
  await visits.getByRole('button', { name: `Delete the Gas safety record visit on ${uk(addDays(today, -6))}` }).click();
  await expect(panel.getByRole('tab', { name: /No access/ })).toHaveText(`No access (${moreVisits - 1})`);
  await expect(panel).not.toContainText('E2E card left twice');
  expect((await app.call('homes.get', { id: home.id })).noAccess.some((v) => v.notes.startsWith('E2E'))).toBe(false);
});
