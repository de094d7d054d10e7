import { describe, expect, it } from 'vitest';
import { paperCreate, reportSections } from '../../shared/contract/papers';
import { financialQuarter, LATE_BANDS, lateBand, reportedComplaintsYear } from '../../shared/domain/complaintsReport';
import { PAPER_PARTS } from '../../shared/domain/paperParts';
import { fromTemplate, PAPER_TEMPLATE_KEYS, PAPER_TEMPLATES } from '../../shared/domain/paperTemplates';

describe('the paper templates', () => {
  it('give each template its own key and name, sections a paper accepts with one holding the data, and parts ticked by a box', () => {
    expect(new Set(PAPER_TEMPLATES.map((t) => t.key)).size).toBe(PAPER_TEMPLATES.length);
    expect(new Set(PAPER_TEMPLATES.map((t) => t.name)).size).toBe(PAPER_TEMPLATES.length);
    for (const t of PAPER_TEMPLATES) {
      expect(reportSections.safeParse(t.sections).success, t.key).toBe(true);
      expect(
        t.sections.filter((s) => s.holdsData),
        t.key,
      ).toHaveLength(1);
      for (const s of t.sections) expect(s.text, `${t.key}: ${s.title}`).toMatch(/^\[Replace this guidance: .+\]$/);
      for (const p of t.parts) expect(PAPER_PARTS[p].choose, `${t.key}: ${p}`).toBe('yes/no');
    }
  });

  it('start the annual complaints report in seed 003’s order, the performance overview holding the data, with the complaints part ticked', () => {
    const t = fromTemplate('annualComplaints');
    expect(t.sections.map((s) => [s.title, s.holdsData])).toEqual([
      ['Executive summary', false],
      ['Background', false],
      ['Performance overview', true],
      ['Stage 1 and stage 2 timeliness', false],
      ['Ombudsman determinations', false],
      ['Learning and improvements', false],
      ['Priorities for the coming year', false],
    ]);
    expect(t.parts).toEqual({ complaints: true });
    // fresh copies: a paper's edits never reach the template
    t.sections[0]!.title = 'Changed';
    expect(fromTemplate('annualComplaints').sections[0]!.title).toBe('Executive summary');
  });

  it('are what papers.create takes as its template, and an unknown one is refused naming the field', () => {
    const base = { meetingId: 1, title: 'Annual report' };
    expect(paperCreate.parse({ ...base, template: PAPER_TEMPLATE_KEYS[0] }).template).toBe('annualComplaints');
    const bad = paperCreate.safeParse({ ...base, template: 'annualComplaint' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['template', 'Template must be one of: annualComplaints (Annual complaints performance report).'],
    ]);
    // without a template or sections, the call leaves them to the handler
    const plain = paperCreate.parse(base);
    expect([plain.template, plain.narrative.sections, plain.sections]).toEqual([undefined, undefined, undefined]);
  });
});

describe('the annual complaints report’s rules', () => {
  it('reports the last financial year ended on or before the data-as-at date', () => {
    expect(reportedComplaintsYear('2026-03-31')).toBe('2025/26');
    expect(reportedComplaintsYear('2026-03-30')).toBe('2024/25');
    expect(reportedComplaintsYear('2026-04-01')).toBe('2025/26');
    expect(reportedComplaintsYear('2026-11-23')).toBe('2025/26');
    expect(reportedComplaintsYear('2027-01-05')).toBe('2025/26');
    expect(reportedComplaintsYear('2000-03-31')).toBe('1999/00');
  });

  it('bands a late response by working days late: 1 to 5, 6 to 10, over 10', () => {
    expect(LATE_BANDS.map((b) => b.label)).toEqual(['1 to 5 working days', '6 to 10 working days', 'Over 10 working days']);
    expect([0, 1, 5, 6, 10, 11, 40].map(lateBand)).toEqual([null, 0, 0, 1, 1, 2, 2]);
  });

  it('puts a date in its financial quarter, April to June first', () => {
    expect(['2025-04-01', '2025-06-30', '2025-07-01', '2025-12-31', '2026-01-01', '2026-03-31'].map(financialQuarter)).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
