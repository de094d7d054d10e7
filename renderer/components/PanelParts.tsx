import type { ReactNode } from 'react';

// The parts every side panel shares: a header with its title and a close button (Esc closes it
// too, see useRegisterKeys), and a row of tabs over its sections.

export function PanelHead({ title, onClose, children }: { title: ReactNode; onClose(): void; children?: ReactNode }) {
  return (
    <header className="panel-head">
      <div>
        <h2>{title}</h2>
        {children}
      </div>
      <button type="button" className="close" aria-label="Close panel (Esc)" onClick={onClose}>
        ×
      </button>
    </header>
  );
}

/** Tabs in the order given; `tabs` maps each tab to its label. */
export function PanelTabs<T extends string>({
  label,
  tabs,
  current,
  onChange,
}: {
  label: string;
  tabs: Record<T, string>;
  current: T;
  onChange(tab: T): void;
}) {
  return (
    <div role="tablist" className="tabs" aria-label={label}>
      {(Object.keys(tabs) as T[]).map((t) => (
        <button key={t} type="button" role="tab" aria-selected={current === t} onClick={() => onChange(t)}>
          {tabs[t]}
        </button>
      ))}
    </div>
  );
}

/** A side panel whose record is still loading, or could not be loaded (with a way to close it). */
export function PanelPending({ label, error, onClose }: { label: string; error: string | null; onClose(): void }) {
  if (!error)
    return (
      <aside className="panel" aria-label={label} aria-busy="true">
        Loading…
      </aside>
    );
  return (
    <aside className="panel" aria-label={label}>
      <div className="error-banner" role="alert">
        {error}
      </div>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
