import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { settingsCalls } from '../../shared/contract/settings';
import { peopleCalls } from '../../shared/contract/people';
import { actionPlanCalls } from '../../shared/contract/actionPlan';
import { auditCalls } from '../../shared/contract/audit';
import { monthlyCalls } from '../../shared/contract/monthly';
import { policiesCalls } from '../../shared/contract/policies';
import { meetingsCalls } from '../../shared/contract/meetings';
import { papersCalls } from '../../shared/contract/papers';
import { stockCalls } from '../../shared/contract/stock';
import { certificatesCalls } from '../../shared/contract/certificates';
import { complianceCalls } from '../../shared/contract/compliance';
import { importsCalls } from '../../shared/contract/imports';
import { exportJobsCalls, exportsCalls } from '../../shared/contract/exports';
import { trainingCalls } from '../../shared/contract/training';
import { measuresCalls } from '../../shared/contract/measures';
import { complaintsCalls } from '../../shared/contract/complaints';

const domains: Record<string, object> = {
  settingsCalls,
  peopleCalls,
  actionPlanCalls,
  auditCalls,
  monthlyCalls,
  policiesCalls,
  meetingsCalls,
  papersCalls,
  stockCalls,
  certificatesCalls,
  complianceCalls,
  importsCalls,
  exportsCalls,
  exportJobsCalls,
  trainingCalls,
  measuresCalls,
  complaintsCalls,
};

describe('the contract, by domain', () => {
  // index.ts spreads the domains together: a name listed twice would silently keep only the last.
  it('lists each call in exactly one domain file, and index.ts gathers them all', () => {
    const names = Object.values(domains).flatMap((calls) => Object.keys(calls));
    expect(names.length).toBe(new Set(names).size);
    expect(new Set(names)).toEqual(new Set(Object.keys(contract)));
  });

  it('keeps each namespace (one entity, or compliance) in one domain file', () => {
    const home = new Map<string, string>();
    const split: string[] = [];
    for (const [domain, calls] of Object.entries(domains)) {
      for (const name of Object.keys(calls)) {
        const ns = name.split('.')[0]!;
        if (home.has(ns) && home.get(ns) !== domain) split.push(`${ns}: ${home.get(ns)} and ${domain}`);
        home.set(ns, domain);
      }
    }
    expect(split).toEqual([]);
  });

  it('says homes, not dwellings, in call and field names', () => {
    const dir = path.resolve(__dirname, '../../shared/contract');
    const offenders = fs.readdirSync(dir).filter((f) => /dwelling/i.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has no contract or types file over 250 lines', () => {
    const dir = path.resolve(__dirname, '../../shared/contract');
    const long = fs
      .readdirSync(dir)
      .map((f) => ({ f, lines: fs.readFileSync(path.join(dir, f), 'utf8').split('\n').length }))
      .filter((x) => x.lines > 250);
    expect(long).toEqual([]);
  });
});
