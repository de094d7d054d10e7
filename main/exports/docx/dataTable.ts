import {
  BorderStyle,
  FileChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IContext,
  type IXmlableObject,
  type Paragraph,
} from 'docx';
import { caption, Landscape, plainLines, userText, type Block } from './blocks';
import { shaped, shapeOf, textShape, type ParagraphShape } from './pageShapes';
import { CELL_MARGIN, layoutColumns } from './tableLayout';
import { markerOf, plainCellXml, ROW_END, rowStartXml, tablesWrittenFor, tableStartXml, writableFill, type TableLook } from './tableXml';
import { isRightToLeft } from './text';

// A data table's borders and cell margins are the table's, not each cell's: the same lines, with
// a quarter of the XML in a table of figures, which Word, LibreOffice and the page layout read once.
const LOOK: TableLook = { border: { color: '8C949E', size: 4 }, cellMargins: { top: 60, bottom: 60, left: CELL_MARGIN, right: CELL_MARGIN } };
const border = { style: BorderStyle.SINGLE, size: LOOK.border.size, color: LOOK.border.color };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const HEADER_FILL = 'E6EBF2';

/** A table as the documents describe it: its caption (which introduces it), header words and rows. */
export interface TableSpec {
  /** the paragraph before the table that says what it holds ("Table 2: overdue checks") */
  caption: string;
  headers: string[];
  rows: string[][];
  /** no longer used: the widths are worked out from the content (see tableLayout.ts) */
  widths?: number[];
  /** a landscape page whatever the content; by default only a table too wide for portrait gets one */
  landscape?: boolean;
  /** a body cell's background (hex, light enough for the text's contrast), for a status in colour beside its words */
  fill?: (row: number, column: number) => string | undefined;
}

interface Cell {
  text: string;
  bold: boolean;
  fill: string | undefined;
  /** its lines when they are plain words and its background one tableXml.ts writes; else its paragraphs are the docx package's */
  plain: string[] | undefined;
}

/**
 * A data table: its header row repeated on every page, rows that never split, columns of fixed
 * widths. It is the docx package's Table of the same cells (`asDocxTable`), except while packDocx
 * writes a document whose pages we laid out: then it writes its own XML (tableXml.ts), and only the
 * cells with links or list items are the docx package's.
 */
export class DataTable extends FileChild {
  private table: Table | undefined;
  private readonly docxCells = new Map<Cell, TableCell>();

  constructor(
    readonly widths: number[],
    private readonly cells: Cell[][],
  ) {
    super('w:tbl');
    const widest = Math.max(...cells.map((row) => row.length));
    if (widest > widths.length) throw new Error(`A data table has a row of ${widest} cells under ${widths.length} headers.`);
  }

  /** Its rows, the header row included. */
  get rowCount(): number {
    return this.cells.length;
  }

  /** The shape the page estimate lays out: each cell's paragraphs. */
  paragraphShapes(): ParagraphShape[][][] {
    return this.cells.map((row) =>
      row.map((cell) =>
        cell.plain
          ? cell.plain.length
            ? cell.plain.map((line) => textShape('normal', [{ text: line, ...(cell.bold ? { bold: true } : {}) }]))
            : [textShape('normal', [])]
          : this.paragraphsOf(cell).map((p) => shapeOf(p) as ParagraphShape),
      ),
    );
  }

  private readonly paragraphs = new Map<Cell, Paragraph[]>();
  private paragraphsOf(cell: Cell): Paragraph[] {
    let made = this.paragraphs.get(cell);
    if (!made) this.paragraphs.set(cell, (made = userText(cell.text, { bold: cell.bold })));
    return made;
  }

  private docxCell(cell: Cell, width: number): TableCell {
    let made = this.docxCells.get(cell);
    if (!made) {
      made = new TableCell({
        width: { size: width, type: WidthType.DXA },
        shading: cell.fill ? { type: ShadingType.CLEAR, fill: cell.fill, color: 'auto' } : undefined,
        children: this.paragraphsOf(cell),
      });
      this.docxCells.set(cell, made);
    }
    return made;
  }

  /** The docx package's table of the same cells, as its layout reads it and as it writes it. */
  asDocxTable(): Table {
    this.table ??= new Table({
      width: { size: this.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: this.widths,
      layout: TableLayoutType.FIXED,
      borders,
      margins: LOOK.cellMargins,
      rows: this.cells.map(
        (row, j) =>
          new TableRow({
            tableHeader: j === 0 || undefined,
            cantSplit: true,
            children: row.map((cell, i) => this.docxCell(cell, this.widths[i]!)),
          }),
      ),
    });
    return this.table;
  }

  private written: (string | TableCell)[] | undefined;

  /**
   * Its XML as it writes it itself: runs of XML, and the cells (with links or typed list items) the
   * docx package writes. Worked out once, so that packDocx can have it written while the
   * document's charts are still being drawn.
   */
  writtenParts(): (string | TableCell)[] {
    if (this.written) return this.written;
    const out: (string | TableCell)[] = [];
    let xml = tableStartXml(this.widths, LOOK);
    this.cells.forEach((row, j) => {
      xml += rowStartXml(j === 0);
      row.forEach((cell, i) => {
        if (cell.plain) {
          const lines = cell.plain.map((text) => ({ text, rightToLeft: isRightToLeft(text) }));
          xml += plainCellXml(this.widths[i]!, lines, cell.bold, cell.fill);
        } else {
          out.push(xml, this.docxCell(cell, this.widths[i]!));
          xml = '';
        }
      });
      xml += ROW_END;
    });
    out.push(xml);
    this.written = out;
    return out;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const parts = tablesWrittenFor(context.file);
    if (!parts) return this.asDocxTable().prepForXml(context);
    context.stack.push(this);
    const children = this.writtenParts().flatMap((part) => {
      const written = typeof part === 'string' ? markerOf(parts, part) : part.prepForXml(context);
      return written ? [written] : [];
    });
    context.stack.pop();
    return { 'w:tbl': children };
  }
}

/**
 * A data table introduced by its caption, whose first row is marked as a header row (repeated on
 * every page, announced by screen readers) and whose rows never split across pages. Its columns
 * are fixed to widths worked out from its words, so that no word is broken; a table too wide for a
 * portrait page comes with its caption on a landscape page.
 */
export function dataTable(spec: TableSpec): Block[] {
  const { headers, rows } = spec;
  const { widths, landscape } = layoutColumns(headers, rows, { landscape: spec.landscape });
  const cells = [headers, ...rows].map((r, j) =>
    r.map((text, i): Cell => {
      const fill = j === 0 ? HEADER_FILL : spec.fill?.(j - 1, i);
      return { text, bold: j === 0, fill, plain: writableFill(fill) ? plainLines(text) : undefined };
    }),
  );
  const table = new DataTable(widths, cells);
  shaped(table, { kind: 'table', widths, rows: table.paragraphShapes() });
  const blocks = [caption(spec.caption), table];
  return landscape ? [new Landscape(blocks)] : blocks;
}
