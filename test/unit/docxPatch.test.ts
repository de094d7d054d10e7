import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// patches/docx+9.15.2.patch (applied by patch-package after npm install) speeds up the docx
// package's page layout, which the contents list's page numbers need, without changing what it
// gives (issue 15; a 210-page committee paper is the same to the byte): its object-spread helper
// is Object.assign (the helper its build inlines copied every property one by one: a third of the
// layout's time), the East Asian font a font name is is looked up once per name, and dropping a
// format's undefined values makes no arrays. Without the patch the documents are the same, only
// slower, so nothing else would notice that it was missing.

const dist = path.dirname(createRequire(__filename).resolve('docx'));
const PATCHED = 'function _objectSpread2(e) {\n\tfor (var r = 1; r < arguments.length; r++) if (arguments[r] != null) Object.assign(e, arguments[r]);';

const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

describe('the docx package, as patched (patches/)', () => {
  it.each(['index.cjs', 'index.mjs', 'layout.cjs', 'layout.mjs'])('%s spreads objects with Object.assign', (file) => {
    expect(read(file)).toContain(PATCHED);
  });

  it.each(['layout.cjs', 'layout.mjs'])('%s looks up a font name’s East Asian font once and drops undefined values in a loop', (file) => {
    expect(read(file)).toContain('if (knownEastAsianFonts.has(font)) return knownEastAsianFonts.get(font);');
    expect(read(file)).toContain('for (const key of Object.keys(object)) if (object[key] !== void 0) out[key] = object[key];');
  });
});
