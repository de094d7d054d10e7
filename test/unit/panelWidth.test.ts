import { describe, expect, it } from 'vitest';
import { GRID_MIN, PANEL_MAX, PANEL_MIN, clampPanel, defaultPanelWidth, panelMax, widthForKey } from '../../renderer/components/panelWidth';

// The side panel's width: within its limits, leaving the grid room, moved by the handle's keys.

describe('panel width', () => {
  it('keeps the grid at least GRID_MIN wide, and the panel between its limits', () => {
    // 1366 wide laptop: the register is about 1098 pixels
    expect(panelMax(1098)).toBe(1098 - 12 - GRID_MIN);
    expect(clampPanel(2000, 1098)).toBe(panelMax(1098));
    expect(clampPanel(100, 1098)).toBe(PANEL_MIN);
    expect(clampPanel(5000, 4000)).toBe(PANEL_MAX);
    // a register too narrow for both still gives the panel its minimum
    expect(panelMax(500)).toBe(PANEL_MIN);
  });

  it('starts at about two fifths of the register', () => {
    expect(defaultPanelWidth(1098)).toBe(439);
    expect(defaultPanelWidth(1652)).toBe(560);
    expect(defaultPanelWidth(800)).toBe(380);
  });

  it('widens with the left arrow and narrows with the right (the panel is on the right); Home and End go to the limits', () => {
    expect(widthForKey('ArrowLeft', false, 440, 1098)).toBe(456);
    expect(widthForKey('ArrowRight', false, 440, 1098)).toBe(424);
    expect(widthForKey('ArrowLeft', true, 440, 1098)).toBe(520);
    expect(widthForKey('ArrowRight', false, PANEL_MIN, 1098)).toBe(PANEL_MIN);
    expect(widthForKey('ArrowLeft', false, panelMax(1098), 1098)).toBe(panelMax(1098));
    expect(widthForKey('Home', false, 600, 1098)).toBe(PANEL_MIN);
    expect(widthForKey('End', false, 400, 1098)).toBe(panelMax(1098));
    expect(widthForKey('Enter', false, 400, 1098)).toBeNull();
  });
});
