import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../main/hosts/electron/trust';

const page = 'file:///opt/Housing%20Desk/resources/app.asar/dist/renderer/index.html';

describe('Electron IPC sender check', () => {
  it('accepts our window main frame on our page, whatever the route fragment', () => {
    expect(isTrustedSender({ isOurWindow: true, isMainFrame: true, frameUrl: `${page}#/plans?programme=1` }, page)).toBe(true);
  });
  it('refuses other windows, subframes, other pages and unknown frames', () => {
    expect(isTrustedSender({ isOurWindow: false, isMainFrame: true, frameUrl: page }, page)).toBe(false);
    expect(isTrustedSender({ isOurWindow: true, isMainFrame: false, frameUrl: page }, page)).toBe(false);
    expect(isTrustedSender({ isOurWindow: true, isMainFrame: true, frameUrl: 'file:///tmp/evil.html' }, page)).toBe(false);
    expect(isTrustedSender({ isOurWindow: true, isMainFrame: true, frameUrl: 'https://example.com/' }, page)).toBe(false);
    expect(isTrustedSender({ isOurWindow: true, isMainFrame: true, frameUrl: undefined }, page)).toBe(false);
  });
});
