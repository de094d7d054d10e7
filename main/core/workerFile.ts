import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../app/paths';
import { AppError } from './errors';

/**
 * A worker thread's compiled file: beside the calling file when running from dist/, else in dist/
 * of the project (vitest runs the TypeScript sources; `npm test` builds first).
 */
export function compiledWorker(besideDir: string, folder: string, name: string, what: string): string {
  const beside = path.join(besideDir, `${name}.js`);
  if (fs.existsSync(beside)) return beside;
  const built = path.join(appRoot(), 'dist', 'main', folder, `${name}.js`);
  if (fs.existsSync(built)) return built;
  throw new AppError('internal', `The ${what} worker has not been built: run npm run build.`);
}
