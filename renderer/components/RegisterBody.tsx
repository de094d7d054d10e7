import { Children, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { PANEL_MIN, clampPanel, defaultPanelWidth, panelMax, storePanelWidth, storedPanelWidth, widthForKey } from './panelWidth';

/**
 * A register's grid and, when one is open, its side panel, with a handle between them that
 * resizes the panel by mouse or keyboard (arrow keys, Home, End). The width chosen is kept for
 * the register (`name`) in localStorage.
 */
export function RegisterBody({ name, children }: { name: string; children: ReactNode }) {
  const [main, ...panels] = Children.toArray(children);
  const open = panels.length > 0;
  const box = useRef<HTMLDivElement>(null);
  const [registerWidth, setRegisterWidth] = useState(0);
  const [chosen, setChosen] = useState<number | null>(() => storedPanelWidth(name));
  const drag = useRef<{ x: number; width: number } | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setRegisterWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setRegisterWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const width = chosen === null ? defaultPanelWidth(registerWidth) : clampPanel(chosen, registerWidth);
  const choose = (w: number) => {
    setChosen(w);
    storePanelWidth(name, w);
  };

  function onKeyDown(e: KeyboardEvent) {
    const next = widthForKey(e.key, e.shiftKey, width, registerWidth);
    if (next === null) return;
    e.preventDefault();
    choose(next);
  }
  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { x: e.clientX, width };
  }
  function onPointerMove(e: PointerEvent) {
    if (drag.current) setChosen(clampPanel(drag.current.width + drag.current.x - e.clientX, registerWidth));
  }
  function onPointerUp() {
    if (!drag.current) return;
    drag.current = null;
    storePanelWidth(name, width);
  }

  return (
    <div ref={box} className={`register-body${open ? ' with-panel' : ''}`} style={open ? ({ '--panel-width': `${width}px` } as CSSProperties) : undefined}>
      {main}
      {open && (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label="Resize the panel"
          aria-valuemin={PANEL_MIN}
          aria-valuemax={panelMax(registerWidth)}
          aria-valuenow={width}
          aria-valuetext={`Panel ${width} pixels wide`}
          title="Drag, or use the left and right arrow keys, to resize the panel"
          tabIndex={0}
          className="panel-resizer"
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        />
      )}
      {panels}
    </div>
  );
}
