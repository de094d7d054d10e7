import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../app/paths';
import { command } from './command';

function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export const versionCommand = command({
  name: null,
  usage: [{ call: '--version', does: 'The version of Housing Desk' }],
  options: { version: { type: 'boolean', default: false } },
  async run() {
    console.log(`housing-desk ${appVersion()}`);
    return 0;
  },
});
