import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../core/errors';
import { checkAddressesLinked, checkFooters, checkHeaderWords, checkTablesApart } from './accessibilityLayout';

// The rules a published document must meet (Public Sector Bodies Accessibility Regulations 2018,
// WCAG 2.2 AA as applied to Word documents), checked on the finished .docx itself.

export interface Violation {
  rule: string;
  where: string;
}

const SANS_SERIF = new Set(['arial', 'calibri', 'verdana', 'tahoma', 'helvetica', 'liberation sans', 'segoe ui', 'open sans', 'aptos']);
const VAGUE_LINKS = new Set(['click here', 'here', 'link', 'this link', 'read more', 'more', 'click']);
const MIN_HALF_POINTS = 24;

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const headingLevel = (style: string) => (style === 'Title' ? 0 : /^Heading([1-9])$/.exec(style) ? Number(style.slice(7)) : null);

export function checkDocumentXml(parts: { document: string; styles: string; core: string; footers?: Record<string, string> }): Violation[] {
  const v: Violation[] = [];
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(parts.core)?.[1]?.trim();
  if (!title) v.push({ rule: 'The document has no title property.', where: 'document properties' });

  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(parts.styles)?.[1] ?? '';
  if (!/<w:lang [^>]*w:val="en-GB"/.test(defaults)) v.push({ rule: 'The document language is not set to English (UK).', where: 'default style' });

  const paragraphs = parts.document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  let previous: number | null = null;
  let titles = 0;
  paragraphs.forEach((p, i) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1];
    const level = style ? headingLevel(style) : null;
    const text = textOf(p);
    if (level !== null) {
      if (level === 0) titles++;
      if (level > 3) v.push({ rule: 'Use Heading 1 to 3 only.', where: `heading “${text}”` });
      if (previous === null && level !== 0) v.push({ rule: 'The document must start with a Title.', where: `heading “${text}”` });
      if (previous !== null && level > previous + 1)
        v.push({
          rule: `Heading levels must not skip (Heading ${level} follows ${previous === 0 ? 'the Title' : `Heading ${previous}`}).`,
          where: `heading “${text}”`,
        });
      if (!text.trim()) v.push({ rule: 'A heading is empty.', where: `paragraph ${i + 1}` });
      previous = level;
    }
    // A contents line starts with its heading's number ("1. Summary"): it is not a typed list.
    const contentsLine = style !== undefined && /^TOC\d$/.test(style);
    if (level === null && !contentsLine && /^\s*(?:[-*•·▪◦–—]|\d+[.)])\s/.test(text) && !/<w:numPr>/.test(p))
      v.push({ rule: 'Lists must use real list formatting, not typed bullet characters.', where: `“${text.slice(0, 40)}”` });
    const jc = /<w:pPr>[\s\S]*?<w:jc w:val="([^"]+)"/.exec(p)?.[1];
    if (jc && !['left', 'start'].includes(jc)) v.push({ rule: 'Text must be left-aligned.', where: `“${text.slice(0, 40)}”` });
  });
  if (titles !== 1) v.push({ rule: `The document must have exactly one Title (it has ${titles}).`, where: 'headings' });

  const tables = parts.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  tables.forEach((t, i) => {
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(t)?.[0] ?? '';
    if (!/<w:tblHeader(?: w:val="(?:true|1|on)")?\s*\/>/.test(firstRow)) v.push({ rule: 'Every table needs a marked header row.', where: `table ${i + 1}` });
  });

  const drawings = [...parts.document.matchAll(/<wp:docPr\b([^>]*)\/?>/g)];
  drawings.forEach((d, i) => {
    const descr = /\bdescr="([^"]*)"/.exec(d[1]!)?.[1]?.trim();
    if (!descr) v.push({ rule: 'Every picture or chart needs alternative text.', where: `picture ${i + 1}` });
  });

  // The defaults must set a large enough sans-serif font; styles count where the document uses
  // them (with the styles they are based on, and the default paragraph style, used without a name).
  const sizeOf = (xml: string) => /<w:sz w:val="(\d+)"/.exec(xml)?.[1];
  if (!sizeOf(defaults) || Number(sizeOf(defaults)) < MIN_HALF_POINTS)
    v.push({ rule: 'The default text size must be set to 12 pt or larger.', where: 'default style' });
  if (!/<w:rFonts [^>]*w:ascii="/.test(defaults)) v.push({ rule: 'The default font must be set to a sans-serif font.', where: 'default style' });
  const styles = new Map((parts.styles.match(/<w:style\b[\s\S]*?<\/w:style>/g) ?? []).map((st) => [/w:styleId="([^"]+)"/.exec(st)?.[1] ?? '', st]));
  const used = new Set([...parts.document.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]!));
  for (const [id, st] of styles) if (/w:type="paragraph"[^>]*w:default="1"|w:default="1"[^>]*w:type="paragraph"/.test(st)) used.add(id);
  for (const id of [...used]) {
    let based = /<w:basedOn w:val="([^"]+)"/.exec(styles.get(id) ?? '')?.[1];
    while (based && !used.has(based)) {
      used.add(based);
      based = /<w:basedOn w:val="([^"]+)"/.exec(styles.get(based) ?? '')?.[1];
    }
  }
  const styleXml = [...used].map((id) => styles.get(id) ?? '').join('');
  for (const [name, xml] of [
    ['document', parts.document],
    ['styles', `${defaults}${styleXml}`],
  ] as const) {
    for (const m of xml.matchAll(/<w:sz(?:Cs)? w:val="(\d+)"/g)) {
      if (Number(m[1]) < MIN_HALF_POINTS) {
        v.push({ rule: `Text must be 12 pt or larger (found ${Number(m[1]) / 2} pt).`, where: name });
        break;
      }
    }
    fonts: for (const m of xml.matchAll(/<w:rFonts ([^>]*)\/?>/g)) {
      for (const f of m[1]!.matchAll(/w:(?:ascii|hAnsi|cs)="([^"]+)"/g)) {
        if (!SANS_SERIF.has(f[1]!.toLowerCase())) {
          v.push({ rule: `Use a sans-serif font (found ${f[1]}).`, where: name });
          break fonts;
        }
      }
    }
  }
  for (const m of styleXml.matchAll(/<w:jc w:val="([^"]+)"/g)) {
    if (!['left', 'start'].includes(m[1]!)) {
      v.push({ rule: 'Text must be left-aligned.', where: 'styles' });
      break;
    }
  }

  for (const m of parts.document.matchAll(/<w:hyperlink\b[\s\S]*?<\/w:hyperlink>/g)) {
    const text = textOf(m[0]).trim().toLowerCase();
    if (VAGUE_LINKS.has(text) || /^https?:\/\//.test(text)) v.push({ rule: 'Link text must say where the link goes.', where: `link “${text}”` });
  }

  const footers = parts.footers ?? {};
  v.push(...checkTablesApart(parts.document), ...checkHeaderWords(parts.document, Number(sizeOf(defaults) ?? MIN_HALF_POINTS)));
  v.push(...checkAddressesLinked(parts.document, 'text'), ...Object.entries(footers).flatMap(([name, xml]) => checkAddressesLinked(xml, name)));
  v.push(...checkFooters(parts.document, footers));
  return v;
}

const PARTS_CHECKED = /^(word\/(document|styles|footer\d*)\.xml|docProps\/core\.xml)$/;

export async function checkDocx(docx: Buffer): Promise<Violation[]> {
  const files = unzipSync(docx, { filter: (file) => PARTS_CHECKED.test(file.name) });
  const read = (path: string) => (files[path] ? strFromU8(files[path]) : '');
  const footers: Record<string, string> = {};
  for (const name of Object.keys(files)
    .filter((n) => /^word\/footer\d*\.xml$/.test(n))
    .sort())
    footers[name] = read(name);
  return checkDocumentXml({ document: read('word/document.xml'), styles: read('word/styles.xml'), core: read('docProps/core.xml'), footers });
}

/** Refuses to hand over a public document that breaks a rule, saying which and where. */
export async function assertAccessible(docx: Buffer, what: string): Promise<void> {
  const violations = await checkDocx(docx);
  if (violations.length) {
    throw new AppError(
      'validation',
      `The ${what} was not produced because it would not meet the accessibility rules for public documents: ${violations
        .map((x) => `${x.rule} (${x.where})`)
        .join('; ')}`,
    );
  }
}
