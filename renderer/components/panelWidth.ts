// How wide a register's side panel may be, and how the keys on its drag handle move it.

export const PANEL_MIN = 360;
export const PANEL_MAX = 960;
/** the grid beside the panel keeps at least this much room */
export const GRID_MIN = 320;
/** the drag handle between them (.panel-resizer in styles.css) */
const HANDLE = 12;
const STEP = 16;
const BIG_STEP = 80;

/** The widest the panel may be in a register this wide (never under PANEL_MIN). */
export function panelMax(registerWidth: number): number {
  return Math.max(PANEL_MIN, Math.min(PANEL_MAX, Math.floor(registerWidth - HANDLE - GRID_MIN)));
}

export function clampPanel(width: number, registerWidth: number): number {
  return Math.min(panelMax(registerWidth), Math.max(PANEL_MIN, Math.round(width)));
}

/** The width before the user chose one: about two fifths of the register, 380 to 560 pixels. */
export function defaultPanelWidth(registerWidth: number): number {
  return clampPanel(Math.min(560, Math.max(380, registerWidth * 0.4)), registerWidth);
}

/**
 * The width a key on the handle asks for, or null for a key it ignores. The panel is on the
 * right, so the left arrow (the handle moves left) widens it; Home and End go to the limits.
 */
export function widthForKey(key: string, shift: boolean, width: number, registerWidth: number): number | null {
  const step = shift ? BIG_STEP : STEP;
  switch (key) {
    case 'ArrowLeft':
      return clampPanel(width + step, registerWidth);
    case 'ArrowRight':
      return clampPanel(width - step, registerWidth);
    case 'Home':
      return PANEL_MIN;
    case 'End':
      return panelMax(registerWidth);
    default:
      return null;
  }
}

const storageKey = (register: string) => `housing-desk:panel-width:${register}`;

export function storedPanelWidth(register: string): number | null {
  try {
    const n = Number(window.localStorage.getItem(storageKey(register)));
    return Number.isFinite(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

export function storePanelWidth(register: string, width: number): void {
  try {
    window.localStorage.setItem(storageKey(register), String(Math.round(width)));
  } catch {
    // storage can be switched off; the width then lasts until the page is left
  }
}
