import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { CallInput, CallName, CallOutput, Result } from '../../shared/contract';

export interface RunningApp {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  /** calls the core over HTTP, the way the renderer does, typed by the contract; an error result throws */
  call<N extends CallName>(
    name: N,
    ...input: Record<string, never> extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>]
  ): Promise<CallOutput<N>>;
}

const bin = path.resolve(__dirname, '../../bin/housing-desk.js');

/** Starts the real command line's web host on a new temporary database. */
async function startApp(): Promise<{ app: RunningApp; child: ChildProcess }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hd-e2e-'));
  const dbPath = path.join(dir, 'e2e.sqlite');
  const child = spawn(process.execPath, [bin, 'serve', '--db', dbPath, '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`housing-desk serve exited with ${code}`)));
    setTimeout(() => reject(new Error('housing-desk serve printed no URL')), 20_000);
  });
  const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(line);
  if (!m) throw new Error(`Unexpected serve output: ${line}`);
  const [, origin, token] = m;
  const app: RunningApp = {
    url: `${origin}/#token=${token}`,
    origin: origin!,
    token: token!,
    dbPath,
    async call(name, ...[input = {}]) {
      const res = await fetch(`${origin}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-housing-desk-token': token! },
        body: JSON.stringify({ name, input }),
      });
      const body = (await res.json()) as Result<CallOutput<typeof name>>;
      if (!body.ok) throw new Error(JSON.stringify(body.error));
      return body.value;
    },
  };
  return { app, child };
}

export const test = base.extend<{ app: RunningApp }>({
  app: async ({}, use) => {
    const { app, child } = await startApp();
    await use(app);
    child.kill('SIGTERM');
  },
});

export { expect };

/** First run: name, organisation, then demo data or an empty database. */
export async function firstRun(page: Page, app: RunningApp, demo: boolean) {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Housing Desk' })).toBeVisible();
  await page.getByLabel('Your name').fill('Priya Shah');
  await page.getByLabel('Organisation').fill('Northgate Borough Council');
  await page.getByLabel(demo ? /With demo data/ : /With an empty database/).check();
  await page.getByRole('button', { name: 'Start' }).click();
  // loading the demo writes every register through the calls: several seconds on a busy machine
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible({ timeout: demo ? 60_000 : undefined });
}

/** A cell of the action plan grid, by the record's id and the column's field. */
export const gridCell = (page: Page, rowId: number, colId: string) => page.locator(`.grid-wrap [row-id="${rowId}"] [col-id="${colId}"]`);

/** The grid tells assistive technology how many rows it holds (data rows plus the header row). */
export const expectGridRows = (page: Page, n: number) =>
  expect(page.locator('.grid-wrap [role="treegrid"], .grid-wrap [role="grid"]').first()).toHaveAttribute('aria-rowcount', String(n + 1));
