import type { Page } from '@playwright/test';
import { expect, firstRun, gridCell, test, type RunningApp } from './fixtures';

// What a user needs to read is not cut off, on the common council laptop (1366x768) and on a
// full-HD screen. Every register page is saved to test-results/screens/<page>-<size>.png to be
// looked at. The checks are soft, so that one run lists everything that is cut.

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** The header labels ag-grid cuts with an ellipsis ("Original t..."). */
async function cutHeaders(page: Page): Promise<string[]> {
  return page.locator('.ag-header-cell-text').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent ?? ''));
}

/** The texts of one column that its cells cut with an ellipsis, in the rows on screen. */
async function cutCells(page: Page, colId: string): Promise<string[]> {
  return page.locator(`.ag-row [col-id="${colId}"]`).evaluateAll((els) =>
    els
      .map((e) => (e.querySelector('.ag-cell-value') as HTMLElement | null) ?? (e as HTMLElement))
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
      .map((e) => e.textContent ?? ''),
  );
}

async function shoot(page: Page, name: string, size: { width: number; height: number }) {
  // let ag-grid finish sizing its rows and headers
  await page.waitForTimeout(300);
  await page.screenshot({ path: `test-results/screens/${name}-${size.width}x${size.height}.png` });
}

async function visit(page: Page, app: RunningApp, route: string, heading: string | RegExp) {
  await page.goto(`${app.origin}/#/${route}`);
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

const WRAPPED = ['title', 'theme', 'leadTeamId'];

for (const size of SIZES) {
  test(`register pages at ${size.width}x${size.height}: headers whole, titles readable, the panel resizable`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await firstRun(page, app, true);
    await shoot(page, 'dashboard', size);

    // A title of 100+ characters, as councils write them.
    const programme = (await app.call('programmes.list'))[0]!;
    const long = (await app.call('recommendations.list', { programmeId: programme.id }))[0]!;
    const longTitle = 'Review the repairs contract so that residents are told when an operative will arrive, and follow up every missed appointment';
    expect(longTitle.length).toBeGreaterThan(100);
    await app.call('recommendations.update', { id: long.id, patch: { title: longTitle } });

    // The action plan: headers whole, the title, theme and lead team wrapped rather than cut.
    await visit(page, app, `plans?programme=${programme.id}`, programme.name);
    await expect(gridCell(page, long.id, 'title')).toContainText(longTitle);
    await shoot(page, 'action-plan', size);
    expect.soft(await cutHeaders(page), 'action plan headers').toEqual([]);
    for (const col of WRAPPED) expect.soft(await cutCells(page, col), `action plan ${col}`).toEqual([]);
    expect.soft((await gridCell(page, long.id, 'title').boundingBox())!.height, 'the long title takes more than one line').toBeGreaterThan(45);

    // The same with the panel open.
    await page.goto(`${app.origin}/#/plans?programme=${programme.id}&rec=${long.id}`);
    const panel = page.getByRole('complementary', { name: `Recommendation ${long.ref}` });
    await expect(panel).toBeVisible();
    await shoot(page, 'action-plan-panel', size);
    expect.soft(await cutHeaders(page), 'action plan headers, panel open').toEqual([]);
    for (const col of WRAPPED) expect.soft(await cutCells(page, col), `action plan ${col}, panel open`).toEqual([]);

    // The panel's actions: the table fits the panel, titles read in lines of words (not one word
    // a line), and each select is wide enough for the option it shows.
    await panel.getByRole('tab', { name: /Actions/ }).click();
    await expect(panel.locator('table')).toBeVisible();
    await shoot(page, 'action-plan-actions', size);
    const fit = await panel.locator('table').evaluate((t) => ({ table: t.scrollWidth, room: t.parentElement!.clientWidth }));
    expect.soft(fit.table, 'actions table width within the panel').toBeLessThanOrEqual(fit.room);
    const titles = await panel.locator('tbody tr td:first-child').evaluateAll((tds) =>
      tds.map((td) => {
        const text = document.createTreeWalker(td, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? 1 : 2) }).nextNode()!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        return { text: text.textContent!, charsPerLine: text.textContent!.length / lines };
      }),
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect.soft(t.charsPerLine, `characters a line in “${t.text}”`).toBeGreaterThanOrEqual(20);
    const selects = await panel.locator('tbody select').evaluateAll((ss) =>
      ss.map((s) => {
        const select = s as HTMLSelectElement;
        const probe = document.createElement('span');
        probe.style.cssText = `font:${getComputedStyle(select).font};position:absolute;visibility:hidden;white-space:nowrap`;
        probe.textContent = select.selectedOptions[0]?.text ?? '';
        document.body.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        const box = select.getBoundingClientRect();
        const body = select.closest('.panel-body')!;
        const right = body.getBoundingClientRect().right - parseFloat(getComputedStyle(body).paddingRight);
        // its arrow takes about 20 pixels; the select must also lie inside the panel's content
        return { text: probe.textContent, fits: box.width >= needed + 20 && box.right <= right + 0.5 };
      }),
    );
    for (const s of selects) expect.soft(s.fits, `select showing “${s.text}” whole`).toBe(true);

    await visit(page, app, `monthly?programme=${programme.id}`, /Monthly update/);
    await shoot(page, 'monthly', size);

    // Policies: headers whole, and each review badge whole in its cell, with and without the panel.
    const policies = await app.call('policies.list');
    const badgesCut = () =>
      page.locator('.grid-wrap [col-id="reviewState"] .badge').evaluateAll((bs) =>
        bs
          .filter((b) => {
            const badge = b.getBoundingClientRect();
            const cell = b.closest('.ag-cell')!.getBoundingClientRect();
            const grid = b.closest('.grid-wrap')!.getBoundingClientRect();
            return badge.right > cell.right || badge.right > grid.right;
          })
          .map((b) => b.textContent),
      );
    await visit(page, app, 'policies', 'Policy schedule');
    await shoot(page, 'policies', size);
    expect.soft(await cutHeaders(page), 'policy headers').toEqual([]);
    expect.soft(await badgesCut(), 'review badges').toEqual([]);
    const overdue = policies.find((p) => p.reviewState === 'overdue') ?? policies[0]!;
    await page.goto(`${app.origin}/#/policies?policy=${overdue.id}`);
    await expect(page.getByRole('complementary', { name: `Policy ${overdue.title}` })).toBeVisible();
    await shoot(page, 'policies-panel', size);
    expect.soft(await cutHeaders(page), 'policy headers, panel open').toEqual([]);
    expect.soft(await badgesCut(), 'review badges, panel open').toEqual([]);

    await visit(page, app, 'meetings', 'Meetings and papers');
    await shoot(page, 'meetings', size);
    await visit(page, app, 'compliance', /Compliance/);
    await shoot(page, 'compliance', size);

    // Homes: compact rows in the grid's full height, at least 20 wholly in view on a laptop.
    await visit(page, app, 'stock', 'Homes, blocks and certificates');
    await expect(page.locator('.grid-wrap .ag-row').first()).toBeVisible();
    await shoot(page, 'homes', size);
    expect.soft(await cutHeaders(page), 'homes headers').toEqual([]);
    expect.soft(await cutCells(page, 'address'), 'addresses').toEqual([]);
    const rowsInView = await page.locator('.grid-wrap').evaluate((grid) => {
      const top = grid.querySelector('.ag-header')!.getBoundingClientRect().bottom;
      const scroll = grid.querySelector('.ag-body-horizontal-scroll')?.getBoundingClientRect();
      const bottom = Math.min(grid.getBoundingClientRect().bottom, window.innerHeight, scroll && scroll.height > 0 ? scroll.top : Infinity);
      return [...grid.querySelectorAll('.ag-row')].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.top >= top - 1 && b.bottom <= bottom + 1;
      }).length;
    });
    expect.soft(rowsInView, 'homes rows wholly in view').toBeGreaterThanOrEqual(size.height >= 1080 ? 30 : 20);
    await page.goto(`${app.origin}/#/stock?view=blocks`);
    await expect(page.getByRole('table', { name: 'Blocks' })).toBeVisible();
    await shoot(page, 'blocks', size);

    await visit(page, app, 'people', 'People and teams');
    await shoot(page, 'people', size);
    await visit(page, app, 'settings', 'Settings');
    await shoot(page, 'settings', size);

    // The panel is resized from the handle between grid and panel: arrow keys, Home and End, or
    // the mouse; the width is remembered, and the grid keeps room beside it.
    await page.goto(`${app.origin}/#/plans?programme=${programme.id}&rec=${long.id}`);
    await expect(panel).toBeVisible();
    const handle = page.getByRole('separator', { name: 'Resize the panel' });
    const width = async () => Math.round((await panel.boundingBox())!.width);
    const before = await width();
    await expect(handle).toHaveAttribute('aria-valuenow', String(before));
    await handle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(width).toBe(before + 48);
    await page.keyboard.press('ArrowRight');
    await expect.poll(width).toBe(before + 32);
    await expect(handle).toHaveAttribute('aria-valuenow', String(before + 32));
    await page.reload();
    await expect(panel).toBeVisible();
    await expect.poll(width, 'the width is remembered').toBe(before + 32);
    await handle.focus();
    await page.keyboard.press('End');
    const widest = Number(await handle.getAttribute('aria-valuemax'));
    await expect.poll(width).toBe(widest);
    expect((await page.locator('.grid-wrap').boundingBox())!.width, 'the grid keeps room').toBeGreaterThanOrEqual(320);
    await page.keyboard.press('Home');
    await expect.poll(width).toBe(Number(await handle.getAttribute('aria-valuemin')));
    const grip = (await handle.boundingBox())!;
    const narrowest = await width();
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2 - 100, grip.y + grip.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(width, 'dragged 100 pixels to the left').toBe(narrowest + 100);
    await page.reload();
    await expect.poll(width).toBe(narrowest + 100);
  });
}
