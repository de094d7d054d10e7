import fs from 'node:fs';
import path from 'node:path';

/** The project (or packaged app) root: the folder holding package.json. */
export function appRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'bin'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, '..', '..', '..');
}

export function rendererDir(): string {
  return path.join(appRoot(), 'dist', 'renderer');
}
