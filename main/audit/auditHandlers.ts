import type { AuditEntry } from '../../shared/contract';
import type { Handlers } from '../core/handlers';
import { query } from '../core/mutation';
import type { ReadDb } from '../core/context';

const PERSON_FIELDS = new Set(['owner_id']);
const TEAM_FIELDS = new Set(['lead_team_id', 'team_id']);
const HIDDEN = new Set(['id', 'created_at', 'updated_at', 'version', 'recommendation_id', 'programme_id']);

/** Replaces person and team ids by names, so that the history reads as a person would say it. */
async function nameLookup(db: ReadDb, entries: { before: Record<string, unknown>; after: Record<string, unknown> }[]) {
  const personIds = new Set<number>();
  const teamIds = new Set<number>();
  for (const e of entries) {
    for (const side of [e.before, e.after]) {
      for (const [k, v] of Object.entries(side)) {
        if (typeof v !== 'number') continue;
        if (PERSON_FIELDS.has(k)) personIds.add(v);
        if (TEAM_FIELDS.has(k)) teamIds.add(v);
      }
    }
  }
  const people = personIds.size
    ? await db
        .selectFrom('people')
        .select(['id', 'name'])
        .where('id', 'in', [...personIds])
        .execute()
    : [];
  const teams = teamIds.size
    ? await db
        .selectFrom('teams')
        .select(['id', 'name'])
        .where('id', 'in', [...teamIds])
        .execute()
    : [];
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  return (field: string, value: unknown): unknown => {
    if (typeof value !== 'number') return value;
    if (PERSON_FIELDS.has(field)) return personName.get(value) ?? `person ${value}`;
    if (TEAM_FIELDS.has(field)) return teamName.get(value) ?? `team ${value}`;
    return value;
  };
}

export const auditHandlers: Handlers<'audit.history'> = {
  'audit.history': query(async (input, ctx) => {
    const rows = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('entity', '=', input.entity), eb('entity_id', '=', input.entityId)]),
          eb.and([eb('parent_entity', '=', input.entity), eb('parent_id', '=', input.entityId)]),
        ]),
      )
      .orderBy('id', 'desc')
      .limit(500)
      .execute();
    const parsed = rows.map((r) => ({
      row: r,
      before: (r.before_json ? JSON.parse(r.before_json) : {}) as Record<string, unknown>,
      after: (r.after_json ? JSON.parse(r.after_json) : {}) as Record<string, unknown>,
    }));
    const name = await nameLookup(ctx.db, parsed);
    return parsed.map(({ row, before, after }): AuditEntry => {
      const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN.has(f));
      return {
        id: row.id,
        at: row.at,
        actor: row.actor,
        entity: row.entity,
        entityId: row.entity_id,
        action: row.action,
        label: row.label,
        changes: fields.map((field) => ({ field, before: name(field, before[field] ?? null), after: name(field, after[field] ?? null) })),
      };
    });
  }),
};
