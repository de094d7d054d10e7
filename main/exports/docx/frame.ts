import { Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { formatDateLong } from '../../../shared/domain/dates';
import { resetDrawingIds, type Block } from './blocks';
import { documentNumbering, documentStyles } from './styles';
import { xmlSafe } from './text';

// Every document is put together here: its properties, styles and the page furniture that each
// page carries (a footer with the document's title, its date and "Page X of Y").

export interface DocumentMeta {
  /** the document's title, as on its first page and in its properties */
  title: string;
  /** the date the document carries (its meeting, its month's publication, the day it was produced) */
  date: string;
  subject?: string;
  creator: string;
  description: string;
}

export function pageFooter(meta: DocumentMeta): Footer {
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun(`${xmlSafe(meta.title)}, ${formatDateLong(meta.date)}. Page `),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun(' of '),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** The finished document: `build` draws the body, after the drawing ids are reset so the same content gives the same bytes. */
export function buildDocument(meta: DocumentMeta, build: () => Block[]): Document {
  resetDrawingIds();
  const children = build();
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.creator,
    description: meta.description,
    styles: documentStyles,
    numbering: documentNumbering,
    sections: [{ footers: { default: pageFooter(meta) }, children }],
  });
}
