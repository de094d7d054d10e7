import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../main/db/open';
import { createCore } from '../../main/core/dispatch';
import { startWebHost } from '../../main/hosts/web/webHost';

// What `housing-desk start` does when it opens Chromium: a one-time code in the URL, not the token.
test('a one-time launch link opens the app once, and cannot be reused', async ({ page, browser }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-e2e-code-'));
  const database = await openDatabase(path.join(dir, 'code.sqlite'));
  const core = createCore(database, { host: 'web' });
  const host = await startWebHost({ core, staticDir: path.resolve(__dirname, '../../dist/renderer') });
  try {
    const link = host.oneTimeUrl();
    expect(link).not.toContain(host.token);
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Welcome to Housing Desk' })).toBeVisible();
    expect(page.url()).not.toContain('code=');

    const other = await browser.newPage();
    await other.goto(link);
    await expect(other.getByRole('alert')).toContainText('Missing or wrong session token');
    await other.close();
  } finally {
    await host.close();
    await database.close();
  }
});
