import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium(): string | null {
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/** The Electron binary, if its download has been installed (it cannot be on our build machines). */
export function findElectron(root: string): string | null {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

/** Opens the URL as an app window (no tabs or address bar) in Chromium or Chrome. */
export function openAppWindow(browser: string, url: string, profileDir: string): void {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
    '--disable-component-update',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(browser, args, { detached: true, stdio: 'ignore' });
  child.unref();
}
