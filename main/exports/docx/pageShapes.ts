import type { Paragraph, Table } from 'docx';
import type { DataTable } from './dataTable';

// What the page estimate (pageEstimate.ts) needs to know of each block our builders make: its
// style, its text and where the text starts, and for a table its column widths and cells. Each
// builder records its block's shape as it makes the block; a block without one (made elsewhere)
// leaves the page numbers to the docx package's own layout.

/** The paragraph styles of styles.ts, as the estimate lays their lines out ('contents': a line of the contents list, its page number at the right margin). */
export type TextStyle = 'normal' | 'title' | 'heading1' | 'heading2' | 'heading3' | 'caption' | 'contents';

/** A stretch of a paragraph's text, on a line of its own when `breakBefore` (a line break before it). */
export interface Piece {
  /** a new line or tab in it is written as it is, and shown as a space (a tab leaves the paragraph to the docx package) */
  text: string;
  bold?: boolean;
  breakBefore?: boolean;
}

export interface ParagraphShape {
  kind: 'paragraph';
  style: TextStyle;
  pieces: Piece[];
  /** where every line's text starts, in twips from the left of the text (a list's or numbered paragraph's hanging indent) */
  indent?: number;
  keepNext?: boolean;
  /** a paragraph that holds only a picture, this many points tall */
  pictureHeight?: number;
}

export interface TableShape {
  kind: 'table';
  /** each column's width in twips */
  widths: number[];
  /** each row's cells, each cell's paragraphs; the first row is the header row, repeated on every page */
  rows: ParagraphShape[][][];
}

export type Shape = ParagraphShape | TableShape;

const shapes = new WeakMap<object, Shape>();

/** Records the shape of a block as it is made, and gives the block back. */
export function shaped<T extends Paragraph | Table | DataTable>(block: T, shape: Shape): T {
  shapes.set(block, shape);
  return block;
}

export const shapeOf = (block: Paragraph | Table | DataTable): Shape | undefined => shapes.get(block);

/** The shape of a paragraph of text in a style. */
export const textShape = (style: TextStyle, pieces: Piece[], options: { indent?: number; keepNext?: boolean } = {}): ParagraphShape => ({
  kind: 'paragraph',
  style,
  pieces,
  ...(options.indent ? { indent: options.indent } : {}),
  ...(options.keepNext ? { keepNext: true } : {}),
});
