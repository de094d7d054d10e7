import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { makeCore, type TestCore } from '../helpers/testCore';
import { readDocx } from '../helpers/docx';
import { chartLayout, renderChartPng, type ChartLayout } from '../../main/exports/charts';
import { ragChartOption, reviewTimelineOption, statusChartOption } from '../../shared/charts/actionPlanCharts';
import { compliancePercentOption, complianceTrendOption } from '../../shared/charts/complianceCharts';
import { percentChartHeight, performancePercentOption, type PercentBar } from '../../shared/charts/performanceCharts';
import { complaintsOnTimeOption, type QuarterShare } from '../../shared/charts/complaintsCharts';
import { MARK_CONTRAST, MIN_PRINT_PT, PT_PER_PX, TEXT_CONTRAST, contrastRatio, optionColours, rectInside, rectsOverlap } from '../../shared/charts/printRules';
import { formatMonth } from '../../shared/domain/dates';
import type { CheckType } from '../../shared/domain/compliance';

// Every document chart, at the size the documents place it, for the demo's data and for data at
// the edges (long labels, full bars, a month far over the warning level, one check only).

interface Case {
  name: string;
  option: Record<string, unknown>;
  width: number;
  height: number;
}

const CHECKS: CheckType[] = ['GAS', 'EICR', 'FRA', 'WATER', 'LIFT', 'ASBESTOS'];
const months = (n: number, count: (i: number) => number, threshold: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2026, 11 + i, 1));
    const c = count(i);
    return { month: d.toISOString().slice(0, 7), count: c, clustered: c > threshold };
  });
const points = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2025, 11 + i, 0)).toISOString().slice(0, 10));

const performanceEdge: PercentBar[] = [
  { label: 'Gas safety checks', value: 100, target: 100, status: 'on_target' },
  { label: 'Calls answered', value: 0, target: 95, status: 'off_target' },
  { label: 'Stage 1 decisions overturned at stage 2 by the independent reviewer', value: 99.9, target: 0.5, status: 'off_target' },
  { label: 'Mandatory training up to date', value: 45.5, target: null, status: null },
];

function edgeCases(): Case[] {
  return [
    { name: 'RAG, all red', option: ragChartOption({ red: 240, amber: 0, green: 0, complete: 0 }), width: 560, height: 205 },
    { name: 'status, mixed', option: statusChartOption({ completed: 9, in_progress: 10, not_started: 4, on_hold: 1 }), width: 600, height: 260 },
    {
      name: 'percent, full and empty',
      option: compliancePercentOption(
        CHECKS.map((checkType, i) => ({ checkType, percent: [100, 0, 99.9, 45.5, 100, 12.3][i]! })),
        97.5,
      ),
      width: 600,
      height: 225,
    },
    { name: 'percent, one check', option: compliancePercentOption([{ checkType: 'GAS', percent: 100 }], 100), width: 600, height: 225 },
    {
      name: 'timeline, one month far over',
      option: reviewTimelineOption(
        months(24, (i) => (i === 23 ? 14 : i % 3), 5),
        5,
      ),
      width: 600,
      height: 244,
    },
    {
      name: 'timeline, all at the warning level',
      option: reviewTimelineOption(
        months(24, () => 5, 5),
        5,
      ),
      width: 600,
      height: 244,
    },
    {
      name: 'performance, full, empty, no target and a long name',
      option: performancePercentOption(performanceEdge),
      width: 600,
      height: percentChartHeight(performanceEdge.length),
    },
    { name: 'performance, one measure', option: performancePercentOption([performanceEdge[0]!]), width: 600, height: percentChartHeight(1) },
    {
      name: 'complaints on time, full bars and two targets',
      option: complaintsOnTimeOption(
        '2025/26',
        ([1, 2] as const).flatMap((stage) => ([1, 2, 3, 4] as const).map((quarter): QuarterShare => ({ stage, quarter, percent: quarter === 3 ? null : 100 }))),
        { 1: 90, 2: 85 },
      ),
      width: 600,
      height: 260,
    },
    {
      name: 'trend, all at 100%',
      option: complianceTrendOption({ points, series: CHECKS.map((checkType) => ({ checkType, percent: points.map(() => 100) })) }, 100, formatMonth),
      width: 600,
      height: 281,
    },
  ];
}

let t: TestCore;
let cases: Case[];
beforeAll(async () => {
  t = await makeCore({ today: '2026-11-23', demo: true });
  const programmeId = (await t.call('programmes.list', {}))[0]!.id;
  const summary = await t.call('actionPlan.summary', { programmeId });
  const timeline = await t.call('policies.timeline', {});
  const position = await t.call('compliance.position', { asAt: null });
  const trend = await t.call('compliance.trend', { asAt: null });
  const { percent: target } = await t.call('compliance.target', {});
  const card = await t.call('measures.scorecard', { year: '2026/27' });
  const percentBars = card.rows
    .filter((r) => r.unit === 'percent' && r.thisYear !== null)
    .map((r) => ({ label: r.name, value: r.thisYear!, target: r.target, status: r.status }));
  cases = [
    { name: 'demo RAG', option: ragChartOption(summary.byRag), width: 560, height: 205 },
    { name: 'demo status', option: statusChartOption(summary.byStatus), width: 600, height: 260 },
    { name: 'demo percent', option: compliancePercentOption(position, target), width: 600, height: 225 },
    { name: 'demo trend', option: complianceTrendOption(trend, target, formatMonth), width: 600, height: 281 },
    { name: 'demo performance', option: performancePercentOption(percentBars), width: 600, height: percentChartHeight(percentBars.length) },
    {
      name: 'demo complaints on time',
      option: complaintsOnTimeOption(
        '2025/26',
        ([1, 2] as const).flatMap((stage) =>
          ([1, 2, 3, 4] as const).map((quarter): QuarterShare => ({ stage, quarter, percent: [65.2, 67.4, 69.1, 72.3][quarter - 1]! - (stage - 1) * 20 })),
        ),
        { 1: 90, 2: 90 },
      ),
      width: 600,
      height: 260,
    },
    { name: 'demo review timeline', option: reviewTimelineOption(timeline.months, timeline.threshold), width: 600, height: 244 },
    ...edgeCases(),
  ];
}, 60_000);
afterAll(async () => t.close());

const layouts = new Map<string, ChartLayout>();
const layoutOf = (c: Case) => layouts.get(c.name) ?? layouts.set(c.name, chartLayout(c.option, c.width, c.height)).get(c.name)!;
const describeText = (x: { text: string; rect: { x: number; y: number; width: number; height: number } }) =>
  `"${x.text}" at ${[x.rect.x, x.rect.y, x.rect.width, x.rect.height].map((v) => v.toFixed(0)).join(',')}`;

describe('document charts at their placed size', () => {
  it('print every text at 10 pt or more', () => {
    const small = cases.flatMap((c) => {
      const l = layoutOf(c);
      expect(l.texts.length, c.name).toBeGreaterThan(0);
      return l.texts.filter((x) => x.fontPx * l.canvas.scale * PT_PER_PX < MIN_PRINT_PT - 1e-9).map((x) => `${c.name}: ${describeText(x)}`);
    });
    expect(small).toEqual([]);
  });

  it('keep every text inside the picture and clear of every other text', () => {
    const problems = cases.flatMap((c) => {
      const l = layoutOf(c);
      // a glyph may reach past its box: 2 px kept clear at the edges
      const inner = { x: 2, y: 2, width: l.canvas.width - 4, height: l.canvas.height - 4 };
      const found = l.texts.filter((x) => !rectInside(x.rect, inner)).map((x) => `${c.name}: ${describeText(x)} outside the picture`);
      l.texts.forEach((a, i) =>
        l.texts.slice(i + 1).forEach((b) => {
          if (rectsOverlap(a.rect, b.rect)) found.push(`${c.name}: ${describeText(a)} over ${describeText(b)}`);
        }),
      );
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('keep the title clear of the plot, where bars and markers go', () => {
    const problems = cases.flatMap((c) => {
      const l = layoutOf(c);
      const title = l.texts.find((x) => x.isTitle);
      if (!title || !l.plot) return [`${c.name}: no title or no plot`];
      // a line's marker reaches half its size (8 px) above the plot
      const marks = { ...l.plot, y: l.plot.y - 5, height: l.plot.height + 5 };
      return rectsOverlap(title.rect, marks) ? [`${c.name}: ${describeText(title)} over the plot from y ${l.plot.y}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('draw marks at 3:1 and text at 4.5:1 against white', () => {
    for (const c of cases) {
      for (const { path, colour, kind } of optionColours(c.option)) {
        expect(contrastRatio(colour, '#ffffff'), `${c.name} ${path} ${colour}`).toBeGreaterThanOrEqual(kind === 'text' ? TEXT_CONTRAST : MARK_CONTRAST);
      }
      for (const x of layoutOf(c).texts) {
        if (x.fill?.startsWith('#')) expect(contrastRatio(x.fill, '#ffffff'), `${c.name} ${describeText(x)} ${x.fill}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
      }
    }
  });

  it('rasterise at twice the placed size', () => {
    const png = renderChartPng(cases[0]!.option, 560, 205);
    expect(png.readUInt32BE(16)).toBe(1120);
    expect(Math.abs(png.readUInt32BE(20) - 410)).toBeLessThanOrEqual(4);
  });
});

/** Each picture of a document: its placed size in px (96 an inch) and the size of its PNG. */
async function pictures(base64: string): Promise<{ name: string; placed: [number, number]; png: [number, number] }[]> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const document = (await zip.file('word/document.xml')!.async('string')) ?? '';
  const rels = (await zip.file('word/_rels/document.xml.rels')!.async('string')) ?? '';
  const drawings = document.match(/<w:drawing>[\s\S]*?<\/w:drawing>/g) ?? [];
  return Promise.all(
    drawings.map(async (d) => {
      const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(d)!;
      const embed = /r:embed="([^"]+)"/.exec(d)![1]!;
      const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${embed}"`).exec(rels)!;
      const png = await zip.file(`word/${(target[1] ?? target[2])!.replace(/^\//, '').replace(/^word\//, '')}`)!.async('nodebuffer');
      return {
        name: /<wp:docPr [^>]*name="([^"]*)"/.exec(d)![1]!,
        placed: [Number(cx) / 9525, Number(cy) / 9525] as [number, number],
        png: [png.readUInt32BE(16), png.readUInt32BE(20)] as [number, number],
      };
    }),
  );
}

describe('the demo’s documents', () => {
  it('draw each chart for the size they place it at (its PNG twice that size), so its text prints at 10 pt or more, and keep it with its heading', async () => {
    const programmeId = (await t.call('programmes.list', {}))[0]!.id;
    const meetingId = (await t.call('meetings.list', {})).find((m) => m.status === 'scheduled')!.id;
    const paper = await t.call('papers.create', {
      meetingId,
      title: 'Progress report',
      reportOf: 'Executive Director of Housing',
      authorName: 'Rachel Dunmore',
      authorTitle: 'Project Manager',
      authorEmail: 'rachel.dunmore@example-council.gov.uk',
      purpose: 'information',
      narrative: {
        summary: 'Progress.',
        recommendations: 'note the progress.',
        sections: [
          { title: 'Background', text: 'Background.' },
          { title: 'Current position', text: 'Below.', holdsData: true },
          { title: 'Next steps', text: 'None.' },
        ],
        implications: {},
      },
      sections: { actionPlanProgrammeId: programmeId, policySchedule: true, compliance: true, appendixCompliance: true, performance: true, complaints: true },
    });
    const files = {
      'committee paper': await t.call('exports.committeePaper', { paperId: paper.id }),
      'policy schedule': await t.call('exports.policySchedule', {}),
      recommendations: await t.call('exports.recommendations', { programmeId }),
      'monthly update': await t.call('exports.monthlyUpdate', { programmeId, month: '2026-11' }),
    };
    const charts: string[] = [];
    const parted: string[] = [];
    for (const [doc, file] of Object.entries(files)) {
      const paragraphs = (await readDocx(file.base64)).document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
      paragraphs.forEach((p, i) => {
        if (!p.includes('<w:drawing>')) return;
        // every paragraph from the heading down to the chart keeps with the next
        for (let j = i - 1; j >= 0 && !/<w:pStyle w:val="(Heading\d|Title)"/.test(paragraphs[j]!); j--) {
          if (!paragraphs[j]!.includes('<w:keepNext/>')) parted.push(`${doc}: "${paragraphs[j]!.replace(/<[^>]+>/g, '').slice(0, 60)}"`);
        }
      });
      for (const p of await pictures(file.base64)) {
        charts.push(`${doc}: ${p.name}`);
        expect(p.png[0], `${doc}: ${p.name}`).toBe(Math.round(p.placed[0] * 2));
        expect(Math.abs(p.png[1] - p.placed[1] * 2), `${doc}: ${p.name}`).toBeLessThanOrEqual(4);
      }
    }
    expect(parted, 'paragraphs between a heading and its chart that do not keep with the next').toEqual([]);
    // the committee paper has the RAG, compliance, trend and performance charts; each other document one chart
    expect(charts.filter((c) => c.startsWith('committee paper')).length).toBeGreaterThanOrEqual(4);
    expect(charts).toContain('committee paper: Percentage measures this year to date against target');
    for (const doc of ['policy schedule', 'recommendations', 'monthly update']) expect(charts.filter((c) => c.startsWith(doc)).length, doc).toBe(1);
  });
});
