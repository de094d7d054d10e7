import { type Kysely, sql } from 'kysely';

// Committee papers: the main report's fixed headings become the author's own ordered list of
// sections ({title, text, holdsData}), the one titled "Current position" holding the data from the
// registers as before; every paper gets an empty list of its own appendices; and a paper may name
// the date its figures are taken at (data_as_at; null takes the default rule).

const FIXED = [
  ['background', 'Background'],
  ['currentPosition', 'Current position'],
  ['options', 'Options'],
  ['proposals', 'Proposals'],
  ['consultation', 'Consultation'],
  ['nextSteps', 'Next steps'],
] as const;

type OldNarrative = Record<string, unknown>;

export function narrativeWithSections(old: OldNarrative): Record<string, unknown> {
  if (Array.isArray(old.sections)) return old;
  const rest = { ...old };
  const sections = FIXED.map(([key, title]) => {
    const text = typeof old[key] === 'string' ? (old[key] as string) : '';
    delete rest[key];
    return { title, text, holdsData: key === 'currentPosition' };
  });
  return { ...rest, sections, appendices: Array.isArray(old.appendices) ? old.appendices : [] };
}

export function narrativeWithFixedHeadings(now: OldNarrative): Record<string, unknown> {
  const { sections, appendices: _appendices, ...rest } = now;
  const list = Array.isArray(sections) ? (sections as { title: string; text: string }[]) : [];
  const out: Record<string, unknown> = { ...rest };
  for (const [key, title] of FIXED)
    out[key] = list
      .filter((s) => s.title === title)
      .map((s) => s.text)
      .join('\n\n');
  return out;
}

async function rewrite(db: Kysely<any>, change: (n: OldNarrative) => Record<string, unknown>) {
  const rows = await sql<{ id: number; narrative_json: string }>`select id, narrative_json from committee_papers`.execute(db);
  for (const r of rows.rows) {
    const next = JSON.stringify(change(JSON.parse(r.narrative_json) as OldNarrative));
    await sql`update committee_papers set narrative_json = ${next} where id = ${r.id}`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('committee_papers').addColumn('data_as_at', 'text').execute();
  await rewrite(db, narrativeWithSections);
}

export async function down(db: Kysely<any>): Promise<void> {
  await rewrite(db, narrativeWithFixedHeadings);
  await db.schema.alterTable('committee_papers').dropColumn('data_as_at').execute();
}
