// Text an author typed or pasted into a paper, read as blocks: paragraphs (separated by a blank
// line), list items ("- item", "• item", "1. item") and tables. A table is two or more lines in a
// row that are all tab-separated (as Excel pastes) or all pipe-separated ("| a | b |", with or
// without a "|---|" rule line); its first line is the header row.

export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'table'; headers: string[]; rows: string[][]; /** the paragraph before it, when that ended with ":" */ caption: string | null };

const LIST_ITEM = /^(?:[-*•·▪◦–—]|\d+[.)])\s+/;
const RULE_LINE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

type Style = 'tab' | 'pipe';

/** How a line would split into cells, or null for prose: a lone "|" in a sentence is not a table. */
function lineStyle(line: string): Style | null {
  if (line.includes('\t')) return 'tab';
  const pipes = line.split('|').length - 1;
  return pipes >= 2 ? 'pipe' : null;
}

function cells(line: string, style: Style): string[] {
  if (style === 'tab') return line.split('\t').map((c) => c.trim());
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

function toTable(lines: string[], style: Style, caption: string | null): TextBlock {
  const grid = lines.filter((l) => !(style === 'pipe' && RULE_LINE.test(l))).map((l) => cells(l, style));
  const width = Math.max(...grid.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  // a header cell left blank still needs words for a screen reader to announce
  const headers = pad(grid[0]!).map((h, i) => h || `Column ${i + 1}`);
  return { kind: 'table', headers, rows: grid.slice(1).map(pad), caption };
}

/**
 * The blocks of a text. With `eachLine`, every line is its own paragraph (a list of background
 * papers); otherwise lines run on into one paragraph until a blank line.
 */
export function narrativeBlocks(text: string, options: { eachLine?: boolean } = {}): TextBlock[] {
  const out: TextBlock[] = [];
  const lines = text.split(/\r?\n/);
  let prose: string[] = [];
  const flush = () => {
    if (prose.length) out.push({ kind: 'paragraph', text: prose.join(' ') });
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    // spaces are trimmed but not tabs: a row pasted from Excel may start with a blank cell
    const cellsOf = (l: string) => l.replace(/^ +| +$/g, '');
    const style = line ? lineStyle(cellsOf(raw)) : null;
    if (style) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() && lineStyle(cellsOf(lines[j]!)) === style) j++;
      const run = lines.slice(i, j).map((l) => (style === 'tab' ? cellsOf(l) : l.trim()));
      const dataLines = run.filter((l) => !(style === 'pipe' && RULE_LINE.test(l)));
      if (dataLines.length >= 2) {
        flush();
        const before = out[out.length - 1];
        const caption = before?.kind === 'paragraph' && before.text.endsWith(':') ? before.text : null;
        if (caption) out.pop();
        out.push(toTable(run, style, caption));
        i = j - 1;
        continue;
      }
    }
    if (!line) flush();
    else if (LIST_ITEM.test(line)) {
      flush();
      out.push({ kind: 'item', text: line.replace(LIST_ITEM, '') });
    } else {
      prose.push(line);
      if (options.eachLine) flush();
    }
  }
  flush();
  return out;
}
