import type { Route } from '@playwright/test';
import { expect, firstRun, test } from './fixtures';

// The page asks for all its figures at once: every compliance call is held until all eight have
// been sent, so a call made only after another answers (the trend once the target came) never arrives.
test('compliance page: its eight calls are all asked for before any answers, and each panel shows', async ({ page, app }) => {
  await firstRun(page, app, true);
  const held: { name: string; route: Route }[] = [];
  await page.route('**/api/call', async (route) => {
    const name = (route.request().postDataJSON() as { name: string }).name;
    if (!name.startsWith('compliance.')) return route.continue();
    held.push({ name, route });
    if (held.length === 8) for (const h of held) await h.route.continue();
  });
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  await expect.poll(() => held.length).toBe(8);
  expect(held.map((h) => h.name).sort()).toEqual([
    'compliance.checkSettings',
    'compliance.measures',
    'compliance.overdue',
    'compliance.position',
    'compliance.remedials',
    'compliance.target',
    'compliance.target',
    'compliance.trend',
  ]);
  await expect(page.getByRole('table', { name: 'Compliance by check' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Building safety measures' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Homes with each check in date at each month end/ })).toBeVisible();
});
