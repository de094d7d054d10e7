import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  core: string;
  numbering: string;
  /** the visible text of document.xml, paragraphs separated by new lines */
  text: string;
}

export async function readDocx(bytes: Buffer | string): Promise<DocxParts> {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'base64') : bytes;
  const zip = await JSZip.loadAsync(buf);
  const read = async (p: string) => (await zip.file(p)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const text = (document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { document, styles: await read('word/styles.xml'), core: await read('docProps/core.xml'), numbering: await read('word/numbering.xml'), text };
}

/** Heading styles of the document's paragraphs, in order, with their text. */
export function headings(document: string): [string, string][] {
  return (document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).flatMap((p) => {
    const style = /<w:pStyle w:val="(Title|Heading\d)"/.exec(p)?.[1];
    if (!style) return [];
    return [
      [
        style,
        [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
          .map((m) => m[1])
          .join('')
          .replace(/&amp;/g, '&'),
      ] as [string, string],
    ];
  });
}

/**
 * XML one element a line, indented by depth, so that a snapshot's diff shows what changed; an
 * element holding only text stays on its line (`<w:t>Title</w:t>`).
 */
export function prettyXml(xml: string): string {
  const tokens = xml.replace(/^<\?xml[^>]*\?>\s*/, '').match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startsWith('</')) {
      depth--;
      lines.push(`${'  '.repeat(depth)}${token}`);
    } else if (token.startsWith('<') && !token.endsWith('/>')) {
      const text = tokens[i + 1];
      if (text !== undefined && !text.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
        lines.push(`${'  '.repeat(depth)}${token}${text}${tokens[i + 2]}`);
        i += 2;
      } else {
        lines.push(`${'  '.repeat(depth)}${token}`);
        depth++;
      }
    } else if (token.startsWith('<')) {
      lines.push(`${'  '.repeat(depth)}${token}`);
    } else if (token.trim()) {
      lines.push(`${'  '.repeat(depth)}${token}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
