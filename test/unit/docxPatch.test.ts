import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// patches/docx+9.15.2.patch (applied by patch-package after npm install) makes the docx package's
// object-spread helper Object.assign: the helper its build inlines copied every property one by
// one, and was a third of the time of laying out a large committee paper's pages for their numbers
// (issue 15; the same document to the byte). Without the patch the documents are the same, only
// slower, so nothing else would notice that it was missing.

const dist = path.dirname(createRequire(__filename).resolve('docx'));
const PATCHED = 'function _objectSpread2(e) {\n\tfor (var r = 1; r < arguments.length; r++) if (arguments[r] != null) Object.assign(e, arguments[r]);';

describe('the docx package', () => {
  it.each(['index.cjs', 'index.mjs', 'layout.cjs', 'layout.mjs'])('%s spreads objects with Object.assign (patches/)', (file) => {
    expect(fs.readFileSync(path.join(dist, file), 'utf8')).toContain(PATCHED);
  });
});
