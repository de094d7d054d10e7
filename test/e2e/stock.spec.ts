import type { Locator, Page } from '@playwright/test';
import { addMonths } from '../../shared/domain/dates';
import { expect, firstRun, test, type RunningApp } from './fixtures';

const uk = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The demo loaded, on the Homes and blocks page; gives the app's today. */
async function openStock(page: Page, app: RunningApp): Promise<string> {
  await firstRun(page, app, true);
  const { today } = await app.call('app.info');
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  await page.getByRole('link', { name: 'Homes, blocks and certificates' }).click();
  await expect(page.getByRole('heading', { name: 'Homes, blocks and certificates' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Homes and blocks' })).toHaveAttribute('aria-current', 'page');
  return today;
}

/** Finds 31 Cedar Tower by its UPRN and opens its panel, whose gas check is "No access". */
async function openCedarTowerHome(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Homes', exact: true }).click();
  await page.getByLabel('Search homes by UPRN or address').fill('100023000063');
  await expect(page.getByRole('status').filter({ hasText: /home/ })).toHaveText('1 home');
  await page.locator('.grid-wrap .ag-row').filter({ hasText: '100023000063' }).click();
  const panel = page.getByRole('complementary', { name: /^Home 31 Cedar Tower/ });
  await expect(panel.locator('tr[data-check="GAS"]')).toContainText('No access');
  return panel;
}

/** Adds today's unsatisfactory gas safety record in the home's panel; gives its list item. */
async function addGasCertificate(panel: Locator, today: string): Promise<Locator> {
  await panel.getByRole('tab', { name: /Certificates/ }).click();
  await panel.getByRole('button', { name: 'Add a certificate' }).click();
  const form = panel.getByRole('form', { name: 'Add a certificate' });
  await expect(form.getByLabel('Home (UPRN)')).toHaveValue('100023000063');
  await form.getByLabel('Date done').fill(uk(today));
  await form.getByLabel('Outcome').selectOption('unsatisfactory');
  await form.getByLabel('Contractor').fill('Warmhome Gas Services');
  await form.getByLabel('Reference').fill('E2E-GAS-1');
  await form.getByRole('button', { name: 'Add certificate' }).click();
  const cert = panel.getByRole('listitem', { name: `Gas safety record done ${uk(today)}` });
  await expect(cert).toContainText('Unsatisfactory');
  await expect(cert).toContainText('Ref E2E-GAS-1');
  return cert;
}

test('a block: a new fire risk tier moves its latest assessment’s expiry, one more lift is numbered on, a lift name used twice is refused', async ({
  page,
  app,
}) => {
  await openStock(page, app);
  // a block: a new fire risk tier and one more lift, numbered on from the highest
  await page.getByRole('button', { name: 'Estates and blocks' }).click();
  await expect(page.getByRole('table', { name: 'Estates' })).toContainText('Northgate Estate');
  await page.getByRole('table', { name: 'Blocks' }).getByRole('button', { name: 'Ash House' }).click();
  const blockPanel = page.getByRole('complementary', { name: 'Block Ash House' });
  await expect(blockPanel.getByLabel('Fire risk tier')).toHaveValue('high');
  await blockPanel.getByLabel('Fire risk tier').selectOption('medium');
  await blockPanel.getByLabel('Passenger lifts').fill('2');
  await blockPanel.getByRole('button', { name: 'Save block' }).click();
  // the latest fire risk assessment's expiry follows the new tier (24 months rather than 12)
  await expect(page.locator('.toast')).toContainText(
    /The latest fire risk assessment \(done \d{1,2} \w{3} \d{4}\) is now due on \d{1,2} \w{3} \d{4} \(was \d{1,2} \w{3} \d{4}\)\./,
  );
  await expect(blockPanel.getByLabel('Lift 2 name')).toHaveValue('Lift 2');
  await expect(blockPanel).toContainText('Medium fire risk');
  await blockPanel.getByLabel('Lift 2 name').fill('East lift');
  await blockPanel.getByRole('form', { name: 'Lift number 2' }).getByRole('button', { name: 'Rename' }).click();
  await expect(blockPanel.getByLabel('Lift 2 name')).toHaveValue('East lift');
  // a name already used in the block is refused next to the field
  await blockPanel.getByLabel('Lift 1 name').fill('east lift');
  await blockPanel.getByRole('form', { name: 'Lift number 1' }).getByRole('button', { name: 'Rename' }).click();
  await expect(blockPanel.getByRole('form', { name: 'Lift number 1' }).locator('.error-text')).toHaveText('The block already has a lift called East lift.');
  await page.screenshot({ path: 'test-results/screens/stock-block.png' });
  const ash = (await app.call('blocks.list', {})).find((b) => b.name === 'Ash House')!;
  expect(ash).toMatchObject({ fireRiskTier: 'medium', passengerLifts: 2 });
  expect(ash.lifts.map((l) => [l.number, l.name])).toEqual([
    [1, 'Lift 1'],
    [2, 'East lift'],
  ]);
  const fra = (await app.call('blocks.get', { id: ash.id })).certificates.find((c) => c.checkType === 'FRA')!;
  expect(fra.expiryDate).toBe(addMonths(fra.dateDone, 24));
});

test('the homes grid: only the homes with a check not in date, each saying which in words; a search by UPRN finds one home', async ({ page, app }) => {
  await openStock(page, app);
  // find a home by its UPRN: the search runs in main, the grid shows what it returns
  await page.getByRole('button', { name: 'Homes', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ homes/ })).toBeVisible();
  // only the homes with a check not in date, each saying which, in words
  const gaps = await app.call('homes.list', { notCompliant: true, limit: 500 });
  expect(gaps.total).toBeGreaterThan(0);
  await page.getByLabel('Which homes').selectOption({ label: 'With a check not in date' });
  await expect(page.getByRole('status').filter({ hasText: /home/ })).toHaveText(`${gaps.total} ${gaps.total === 1 ? 'home' : 'homes'}`);
  const first = gaps.rows[0]!;
  await expect(page.locator('.grid-wrap .ag-row').filter({ hasText: first.uprn }).locator('[col-id="notInDate"]')).toHaveText(
    `Not in date: ${first.notInDate.map((c: string) => ({ GAS: 'gas', EICR: 'electrical', FRA: 'fire', WATER: 'water', LIFT: 'lifts', ASBESTOS: 'asbestos' })[c]).join(', ')}`,
  );
  await page.screenshot({ path: 'test-results/screens/stock-not-compliant.png' });
  await page.getByLabel('Which homes').selectOption({ label: 'All homes' });
  await openCedarTowerHome(page);
});

test('a home’s certificate: the gas check turns “In date” and the one it replaced says so', async ({ page, app }) => {
  const today = await openStock(page, app);
  const panel = await openCedarTowerHome(page);
  await addGasCertificate(panel, today);
  await panel.getByRole('tab', { name: 'Checks' }).click();
  await expect(panel.locator('tr[data-check="GAS"]')).toContainText('In date');
  await page.screenshot({ path: 'test-results/screens/stock-checks.png' });
  // the one it replaced says so, rather than "expired"
  await panel.getByRole('tab', { name: /Certificates/ }).click();
  await expect(panel.locator('.cert').nth(1)).toContainText('Replaced by a later check');
  const home = await app.call('compliance.home', { uprn: '100023000063' });
  expect(home.checks.find((c) => c.checkType === 'GAS')!.status).toBe('in_date');
});

test('a home’s no-access visit for the electrical report: an impossible date is explained, then the visit is listed', async ({ page, app }) => {
  const today = await openStock(page, app);
  const panel = await openCedarTowerHome(page);
  await panel.getByRole('tab', { name: /No access/ }).click();
  const visit = panel.getByRole('form', { name: 'Record a no-access visit' });
  await visit.getByLabel('Check').selectOption('EICR');
  await visit.getByLabel('Visit date').fill('32/01/2026');
  await visit.getByRole('button', { name: 'Record no access' }).click();
  await expect(visit.locator('.error-text')).toHaveText('Visit date must be a real date, for example 31/03/2027.');
  await visit.getByLabel('Visit date').fill(uk(today));
  await visit.getByLabel('Notes').fill('No answer; card left');
  await visit.getByRole('button', { name: 'Record no access' }).click();
  await expect(panel.getByRole('table', { name: 'No-access visits' })).toContainText(
    `${uk(today)}Electrical installation condition reportHomeNo answer; card left`,
  );
});

test('a remedial action on a home’s certificate, then completed', async ({ page, app }) => {
  const today = await openStock(page, app);
  const panel = await openCedarTowerHome(page);
  const cert = await addGasCertificate(panel, today);
  await cert.getByRole('button', { name: 'Add remedial action' }).click();
  await cert.getByRole('textbox', { name: 'Remedial action' }).fill('Replace the flue terminal guard');
  await cert.getByLabel('Priority').selectOption('28_days');
  await cert.getByRole('button', { name: 'Add remedial action' }).click();
  const remedials = cert.getByRole('table', { name: /Remedial actions/ });
  await expect(remedials).toContainText('Replace the flue terminal guard');
  await expect(remedials).toContainText('Within 28 days');
  await expect(remedials).toContainText('Open');
  await page.screenshot({ path: 'test-results/screens/stock-home.png' });
  await remedials.getByRole('button', { name: 'Mark “Replace the flue terminal guard” complete' }).click();
  await expect(cert.getByLabel('Completed on')).toHaveValue(uk(today));
  await cert.getByRole('button', { name: 'Mark complete' }).click();
  await expect(remedials).toContainText(`Completed ${uk(today)}`);
  await page.screenshot({ path: 'test-results/screens/stock-remedial.png' });
});
