import type { Programme } from '../../shared/contract';

/** The saved views of a register page, as a group of toggle buttons. */
export function ViewButtons<V extends string>({ views, value, onChange }: { views: { id: V; label: string }[]; value: V; onChange(v: V): void }) {
  return (
    <div className="views" role="group" aria-label="Saved views">
      {views.map((v) => (
        <button key={v.id} type="button" aria-pressed={value === v.id} onClick={() => onChange(v.id)}>
          {v.label}
        </button>
      ))}
    </div>
  );
}

/** Chooses the programme a page shows; hidden when there is only one. */
export function ProgrammeSelect({ programmes, value, onChange }: { programmes: Programme[]; value: number | null; onChange(id: number): void }) {
  if (programmes.length < 2) return null;
  return (
    <label>
      Programme{' '}
      <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
