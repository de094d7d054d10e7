import path from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

describe('the renderer build’s Vite config', () => {
  it('loads without a warning (none about the native config loader on every build)', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (msg) => void warnings.push(msg);
    logger.warnOnce = (msg) => void warnings.push(msg);
    const root = path.resolve(__dirname, '../..');
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(root, 'vite.config.mts'), root, 'warn', logger);
    expect(loaded?.config.root).toBe('renderer');
    expect(warnings).toEqual([]);
  });
});
