import { Field } from '../components/Field';

// The paper editor's ordered lists of titled texts: the main report's sections and the author's
// own appendices. Each can be added, renamed, removed and moved up or down, by keyboard too.

export interface TitledText {
  title: string;
  text: string;
  holdsData?: boolean;
}

interface Props<T extends TitledText> {
  /** "section" or "appendix", as the buttons and labels say it */
  noun: string;
  items: T[];
  onChange(items: T[]): void;
  /** what a new item starts as */
  blank: T;
  /** the field path of the list in main's errors: "narrative.sections" */
  field: string;
  errors: Record<string, string>;
  /** the one item that holds the data from the registers, for the main report's sections */
  dataChoice?: { label: string; hint: string };
}

const TEXT_HINT = 'Separate paragraphs with a blank line. Lines pasted from Excel, or typed as | a | b |, become a table; its first line is the header row.';

export function TitledTextList<T extends TitledText>({ noun, items, onChange, blank, field, errors, dataChoice }: Props<T>) {
  const set = (i: number, patch: Partial<T>) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    onChange(next);
  };
  return (
    <div className="titled-list">
      {items.map((item, i) => {
        const name = item.title.trim() || `${noun[0]!.toUpperCase()}${noun.slice(1)} ${i + 1}`;
        return (
          <fieldset key={i} className="titled-item">
            <legend>
              {noun[0]!.toUpperCase()}
              {noun.slice(1)} {i + 1}: {item.title.trim() || 'untitled'}
            </legend>
            <Field label={`Title of ${noun} ${i + 1}`} error={errors[`${field}.${i}.title`]}>
              {(p) => <input {...p} value={item.title} onChange={(e) => set(i, { title: e.target.value } as Partial<T>)} />}
            </Field>
            <Field label={name} hint={TEXT_HINT} error={errors[`${field}.${i}.text`]}>
              {(p) => <textarea {...p} rows={4} value={item.text} onChange={(e) => set(i, { text: e.target.value } as Partial<T>)} />}
            </Field>
            {dataChoice && (
              <label className="check">
                <input
                  type="radio"
                  name={`${field}-data`}
                  checked={Boolean(item.holdsData)}
                  onChange={() => onChange(items.map((x, j) => ({ ...x, holdsData: j === i })))}
                />{' '}
                {dataChoice.label}
              </label>
            )}
            <div className="row-actions">
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${noun} ${i + 1} (${name}) up`}>
                Move up
              </button>
              <button type="button" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${noun} ${i + 1} (${name}) down`}>
                Move down
              </button>
              <button type="button" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Remove ${noun} ${i + 1} (${name})`}>
                Remove
              </button>
            </div>
          </fieldset>
        );
      })}
      {dataChoice && <p className="hint">{dataChoice.hint}</p>}
      <button type="button" onClick={() => onChange([...items, { ...blank }])}>
        Add {noun === 'appendix' ? 'an' : 'a'} {noun}
      </button>
    </div>
  );
}
