import fs from 'node:fs';
import path from 'node:path';
import { formatDateLong, formatMonth } from '../../shared/domain/dates';
import { nextMonth } from '../../shared/domain/months';
import type { Page } from '@playwright/test';
import { expect, firstRun, test, type RunningApp } from './fixtures';
import { convertWithLibreOffice, pagesAsPng } from './office';

/** The demo drafts this month's update; these tests write it from scratch. */
async function clearDemoBullets(app: RunningApp, programmeId: number, month: string) {
  for (const item of (await app.call('monthly.get', { programmeId, month })).items) await app.call('monthly.deleteItem', { id: item.id });
}

/** The demo loaded, a recommendation started this month (something to report), on this month's update. */
async function openThisMonth(page: Page, app: RunningApp) {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const recs = await app.call('recommendations.list', { programmeId: programme.id });
  const info = await app.call('app.info');
  const month = info.today.slice(0, 7);
  await clearDemoBullets(app, programme.id, month);
  const target = recs.find((r) => r.status === 'not_started')!;
  await app.call('recommendations.update', { id: target.id, patch: { status: 'in_progress' } });

  await page.getByRole('link', { name: 'Monthly updates' }).click();
  await expect(page.getByRole('heading', { name: `Monthly update: ${formatMonth(month)}` })).toBeVisible();
  const bullets = page.getByRole('list', { name: `Bullets for ${formatMonth(month)}` });
  return { programme, recs, month, target, bullets };
}

const typedBullet = 'Residents told us the new repairs form is “much easier” <really> & quicker 👍';
const arabic = 'تم تحديث سياسة الإصلاحات للمقيمين';
const long = `${'The repairs service is answering more calls first time. '.repeat(60)}End of the long bullet.`;
/** Text that breaks naive XML writers: control characters, a lone surrogate, right-to-left, a very long bullet. */
const awkwardBullets = [`Control\u0001 characters\u0008 and a lone \uD800 surrogate are handled`, arabic, long];

test('a month’s bullets: typed in, added from “what changed” with one click, awkward text through the API, reordered', async ({ page, app }) => {
  const { programme, month, target, bullets } = await openThisMonth(page, app);
  await page.getByLabel('Bullet text (plain English, no names)').fill(typedBullet);
  await page.getByRole('button', { name: 'Add bullet' }).click();
  await expect(bullets.locator('> li')).toHaveCount(1);

  // A bullet from "what changed", with one click.
  await page.getByRole('button', { name: `Add as bullet: ${target.ref} Status` }).click();
  await expect(bullets.locator('> li')).toHaveCount(2);
  await expect(bullets).toContainText(`Work has started on recommendation ${target.ref}`);
  await expect(page.getByRole('button', { name: `Add as bullet: ${target.ref} Status` })).toHaveText('Already a bullet');

  for (const body of awkwardBullets) await app.call('monthly.addItem', { programmeId: programme.id, month, itemDate: `${month}-01`, body });
  await page.reload();
  await expect(bullets.locator('> li')).toHaveCount(5);

  // Reorder: the second bullet moves up.
  await page.getByRole('button', { name: /^Move up: Work has started/ }).click();
  await expect(bullets.locator('> li').first()).toContainText('Work has started');
  await page.screenshot({ path: 'test-results/screens/monthly-update.png' });
});

test('a bullet added by mistake moves to another month', async ({ page, app }) => {
  const { programme, month, bullets } = await openThisMonth(page, app);
  await page.getByLabel('Bullet text (plain English, no names)').fill('This belongs in next month’s update.');
  await page.getByRole('button', { name: 'Add bullet' }).click();
  await expect(bullets.locator('> li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Move to another month: This belongs in next month' }).click();
  const later = `${Number(month.slice(0, 4)) + 1}-01`;
  await page.getByLabel('Month to move to').fill(later);
  await page.getByRole('form', { name: 'Move bullet' }).getByRole('button', { name: 'Move' }).click();
  await expect(bullets.locator('> li')).toHaveCount(0);
  expect((await app.call('monthly.get', { programmeId: programme.id, month: later })).items.map((i) => i.body)).toEqual([
    'This belongs in next month’s update.',
  ]);
});

test('the draft monthly update exports and opens in LibreOffice, awkward text and all', async ({ page, app }) => {
  const { programme, recs, month } = await openThisMonth(page, app);
  for (const body of [typedBullet, ...awkwardBullets]) await app.call('monthly.addItem', { programmeId: programme.id, month, itemDate: `${month}-01`, body });
  await page.reload();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export monthly update (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`RFP-monthly-update-${month}-draft.docx`);
  const draftPath = path.join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(draftPath);
  const { pdf, text } = convertWithLibreOffice(draftPath);
  const summary = await app.call('actionPlan.summary', { programmeId: programme.id });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(`monthly update, ${formatMonth(month)}`);
  expect(flat).toContain(
    `Of the 24 recommendations, ${summary.byStatus.completed} have been completed, ${summary.byStatus.in_progress} are in progress, ${summary.byStatus.not_started} have not started yet and ${summary.byStatus.on_hold} is on hold.`,
  );
  for (const r of recs) expect(text).toMatch(new RegExp(`(^|\\s)${r.ref}(\\s|$)`, 'm'));
  expect(flat).toContain('“much easier” <really> & quicker');
  expect(flat).toContain('Control characters and a lone');
  expect(flat).toContain('End of the long bullet.');
  expect(text).toMatch(/[\u0600-\u06FF]{3,}/);
  pagesAsPng(pdf, 'test-results/screens/monthly-update-page', 3);
});

test('a published month is frozen in the page and the API, exports identically again and again, and the dashboard says so', async ({ page, app }) => {
  const { programme, month, target } = await openThisMonth(page, app);
  await app.call('monthly.addItem', { programmeId: programme.id, month, itemDate: `${month}-01`, body: typedBullet });
  await page.reload();

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Publish this month' }).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Edit:/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Delete:/ })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Add a bullet' })).toHaveCount(0);
  const view = await app.call('monthly.get', { programmeId: programme.id, month });
  await expect(app.call('monthly.updateItem', { id: view.items[0]!.id, patch: { body: 'Rewritten' } })).rejects.toThrow(
    /published and can no longer be changed/,
  );

  // The published document exports identically, again and again.
  const exportOnce = async () => {
    const d = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export monthly update (.docx)' }).click();
    const f = await d;
    expect(f.suggestedFilename()).toBe(`RFP-monthly-update-${month}.docx`);
    return fs.readFileSync((await f.path())!);
  };
  const first = await exportOnce();
  await app.call('recommendations.update', { id: target.id, patch: { title: 'Changed after publication' } });
  const second = await exportOnce();
  expect(second.equals(first)).toBe(true);

  // The dashboard shows the latest update's state.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('latest-update-RFP')).toHaveText(`Monthly update: ${formatMonth(month)} — published`);
});

test('the recommendations document opens in LibreOffice with every recommendation under its group', async ({ page, app }) => {
  await firstRun(page, app, true);
  const programme = (await app.call('programmes.list'))[0]!;
  const recs = await app.call('recommendations.list', { programmeId: programme.id });
  await page.getByRole('link', { name: 'Monthly updates' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export recommendations document (.docx)' }).click();
  const file = await download;
  const target = path.join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(target);
  const { pdf, text } = convertWithLibreOffice(target);
  const n = (s: string[]) => recs.filter((r) => s.includes(r.status)).length;
  expect(text).toContain(`Completed (${n(['completed'])})`);
  expect(text).toContain(`In progress (${n(['in_progress'])})`);
  expect(text).toContain(`On hold (${n(['on_hold'])})`);
  expect(text).toContain(`Not started (${n(['not_started'])})`);
  for (const r of recs) expect(text).toContain(`${r.ref}:`);
  pagesAsPng(pdf, 'test-results/screens/recommendations-page', 2);
});

test('"Publish this month" says next to it why it cannot be used yet', async ({ page, app }) => {
  await firstRun(page, app, true);
  const info = await app.call('app.info');
  const month = info.today.slice(0, 7);
  const next = nextMonth(month);
  const programme = (await app.call('programmes.list'))[0]!;
  await clearDemoBullets(app, programme.id, month);
  await page.getByRole('link', { name: 'Monthly updates' }).click();
  await expect(page.getByRole('heading', { name: `Monthly update: ${formatMonth(month)}` })).toBeVisible();
  const publish = page.getByRole('button', { name: 'Publish this month' });

  const noBullets = `The update for ${formatMonth(month)} has no bullets yet: add at least one bullet before publishing.`;
  await expect(publish).toBeDisabled();
  await expect(page.getByText(noBullets)).toBeVisible();
  await expect(publish).toHaveAccessibleDescription(noBullets);
  await page.screenshot({ path: 'test-results/screens/monthly-publish-reason.png' });

  // The same words as the refusal from main.
  await expect(app.call('monthly.publish', { programmeId: programme.id, month })).rejects.toThrow(noBullets);

  await page.getByLabel('Month', { exact: true }).fill(next);
  await expect(page.getByRole('heading', { name: `Monthly update: ${formatMonth(next)}` })).toBeVisible();
  const notBegun = `${formatMonth(next)} has not started yet: you can publish its update once the month has begun (${formatDateLong(`${next}-01`)}).`;
  await expect(publish).toBeDisabled();
  await expect(page.getByText(notBegun)).toBeVisible();
  await expect(publish).toHaveAccessibleDescription(notBegun);

  // With a bullet in a month that has begun, the button works and no reason is shown.
  await page.getByLabel('Month', { exact: true }).fill(month);
  await page.getByLabel('Bullet text (plain English, no names)').fill('Residents can now book repairs online.');
  await page.getByRole('button', { name: 'Add bullet' }).click();
  await expect(publish).toBeEnabled();
  await expect(page.getByText(noBullets)).toHaveCount(0);
  await expect(publish).toHaveAccessibleDescription('');
});

test('the public measures: last month’s published sentences, this month’s choice kept, its preview', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await firstRun(page, app, true);
  const info = await app.call('app.info');
  const month = info.today.slice(0, 7);
  const last = (await app.call('monthly.months', { programmeId: (await app.call('programmes.list'))[0]!.id })).find((m) => m.status === 'published')!.month;
  const programme = (await app.call('programmes.list'))[0]!;

  await page.goto(`${app.origin}/#/monthly?programme=${programme.id}&month=${last}`);
  const card = page.locator('.card', { has: page.getByRole('heading', { name: 'How we are doing' }) });
  const choice = card.getByRole('checkbox', { name: 'Include the public performance measures in this update' });
  await expect(choice).toBeChecked();
  await expect(choice).toBeDisabled();
  const published = card.getByRole('list', { name: `Performance sentences for ${formatMonth(last)}` }).getByRole('listitem');
  const view = await app.call('monthly.get', { programmeId: programme.id, month: last });
  await expect(published).toHaveText(view.publicMeasures.map((l) => l.sentence));
  await expect(published.filter({ hasText: `of calls in ${formatMonth(last)}` })).toHaveCount(1);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/monthly-measures-1366x768.png' });

  await page.getByLabel('Month', { exact: true }).fill(month);
  await expect(page.getByRole('heading', { name: `Monthly update: ${formatMonth(month)}` })).toBeVisible();
  await expect(choice).toBeEnabled();
  // the box shows the choice once it is saved
  await choice.click();
  await expect(choice).not.toBeChecked();
  await expect.poll(async () => (await app.call('monthly.get', { programmeId: programme.id, month })).includeMeasures).toBe(false);
  await page.reload();
  await expect(choice).not.toBeChecked();
  await choice.click();
  await expect(choice).toBeChecked();
  await expect.poll(async () => (await app.call('monthly.get', { programmeId: programme.id, month })).includeMeasures).toBe(true);
});
