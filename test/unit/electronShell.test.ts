import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE, APP_SCHEME_PRIVILEGES, appResponseFor } from '../../main/hosts/electron/appProtocol';
import { isTrustedSender } from '../../main/hosts/electron/trust';
import { tempDir } from '../helpers/testCore';

// What the Electron shell is built from, tested without Electron: the packaged binary's fuses, the
// app:// protocol that serves the renderer, and the sender check against its page.

describe('the packaged binary', () => {
  it('has its fuses set: no running as Node, no NODE_OPTIONS or --inspect, the app only from its checked asar', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../electron-builder.yml'), 'utf8');
    // the indented "key: value" lines under the top-level electronFuses key
    const block = /^electronFuses:\n((?:[ ]+\w+: \w+\n)+)/m.exec(text)?.[1] ?? '';
    const fuses = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((l) => l.trim().split(': ') as [string, string])
        .map(([k, v]) => [k, v === 'true' ? true : v === 'false' ? false : v]),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(text).toMatch(/^asar: true$/m);
  });

  it('loads its page from app://, never file://, and the main process registers the protocol, a permission check and a request handler', () => {
    const main = fs.readFileSync(path.resolve(__dirname, '../../main/hosts/electron/main.ts'), 'utf8');
    expect(main).toContain('loadURL(APP_PAGE)');
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
    expect(main).toContain('registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])');
    expect(main).toContain('setPermissionCheckHandler(() => false)');
    expect(main).toContain('setPermissionRequestHandler((_wc, _permission, callback) => callback(false))');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
  });
});

describe('the app:// protocol', () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Housing Desk</title>');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');

  it('serves the page and its files with the CSP header', () => {
    const page = appResponseFor(APP_PAGE, root);
    expect(page).toMatchObject({ status: 200, file: path.join(root, 'index.html') });
    expect(page.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(page.headers['Content-Type']).toMatch(/^text\/html/);
    expect(appResponseFor('app://housing-desk/assets/app.js', root)).toMatchObject({
      status: 200,
      headers: { 'Content-Type': expect.stringMatching(/javascript/) },
    });
    // a route without an extension is the page
    expect(appResponseFor('app://housing-desk/training', root)).toMatchObject({ status: 200, file: path.join(root, 'index.html') });
  });

  it('serves nothing outside the renderer, from another host, or for a malformed address', () => {
    for (const url of [
      'app://housing-desk/..%2fsecret.txt',
      'app://housing-desk/%2e%2e/secret.txt',
      'app://housing-desk/assets/missing.js',
      'app://evil/index.html',
      'file:///etc/passwd',
    ]) {
      expect([url, appResponseFor(url, root).status]).toEqual([url, 404]);
    }
    expect(appResponseFor('app://housing-desk/%zz', root).status).toBe(400);
    expect(appResponseFor('not a url', root).status).toBe(400);
  });

  it('is the page the sender check compares with', () => {
    expect(isTrustedSender({ isOurWindow: true, isMainFrame: true, frameUrl: `${APP_PAGE}#/training` }, APP_PAGE)).toBe(true);
    expect(isTrustedSender({ isOurWindow: true, isMainFrame: true, frameUrl: 'app://evil/index.html' }, APP_PAGE)).toBe(false);
  });
});
