import { describe, expect, it } from 'vitest';
import { sections } from '../../shared/contract/papers';
import { PAPER_PART_KEYS, PAPER_PARTS, partInAppendix, partInReport, type PaperPartInfo } from '../../shared/domain/paperParts';
import { paperParts } from '../../main/exports/paperParts/registry';

describe('the committee-paper parts registry', () => {
  it('gives every part a field, a label and, where it has one, an appendix field, each its own', () => {
    const fields = PAPER_PART_KEYS.flatMap((key) => {
      const part: PaperPartInfo = PAPER_PARTS[key];
      expect(part.label.trim(), key).not.toBe('');
      expect(part.appendix?.label.trim() ?? 'none', key).not.toBe('');
      return [part.field, ...(part.appendix ? [part.appendix.field] : [])];
    });
    expect(new Set(fields).size).toBe(fields.length);
    // the contract's sections are exactly these fields
    expect(Object.keys(sections.shape).sort()).toEqual([...fields].sort());
  });

  it('a new paper carries no part: each field defaults to none or no', () => {
    const blank = sections.parse({});
    for (const key of PAPER_PART_KEYS) {
      expect(partInReport(blank, key), key).toBe(false);
      expect(partInAppendix(blank, key), key).toBe(false);
    }
    expect(blank).toMatchObject({ actionPlanProgrammeId: null, policySchedule: false, compliance: false });
  });

  it('reads each part from its own field', () => {
    const all = sections.parse({ actionPlanProgrammeId: 3, policySchedule: true, compliance: true, training: true, performance: true, complaints: true });
    expect(PAPER_PART_KEYS.filter((key) => partInReport(all, key))).toEqual(PAPER_PART_KEYS);
    const appendices = sections.parse({
      actionPlanProgrammeId: 3,
      appendixActionPlan: true,
      appendixCompliance: true,
      appendixTraining: true,
      appendixComplaints: true,
    });
    expect(PAPER_PART_KEYS.filter((key) => partInAppendix(appendices, key))).toEqual(['actionPlan', 'compliance', 'training', 'complaints']);
    expect(PAPER_PART_KEYS.filter((key) => partInReport(appendices, key))).toEqual(['actionPlan']);
  });

  it('has, in main, a loader and a section for every part, and an appendix exactly where the part has one', () => {
    expect(Object.keys(paperParts)).toEqual(PAPER_PART_KEYS);
    for (const key of PAPER_PART_KEYS) {
      const part = paperParts[key];
      expect(typeof part.load, key).toBe('function');
      expect(typeof part.section, key).toBe('function');
      const info: PaperPartInfo = PAPER_PARTS[key];
      expect(Boolean(part.appendix), key).toBe(Boolean(info.appendix));
      if (part.appendix) {
        expect(typeof part.appendix.title, key).toBe('function');
        expect(typeof part.appendix.blocks, key).toBe('function');
      }
    }
  });

  it('names the programme field in its messages', () => {
    expect(sections.safeParse({ actionPlanProgrammeId: 'x' }).error?.issues[0]?.message).toBe('Action plan is missing or not a number.');
  });
});
