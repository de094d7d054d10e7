import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { LIST_INDENT } from './blocks';
import { shaped, textShape, type Piece } from './pageShapes';
import { BULLETS } from './styles';
import { xmlSafe } from './text';

// Links in public documents: descriptive words that say where the link goes ("Sign up to our
// newsletter"), with the address after them in the link, so that a printed copy still gives it.

export type Part = string | ParagraphChild;

/** A web address as printed: without https:// or a closing slash. */
export const shownAddress = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/** The text each link shows, for the page estimate. */
const linkTexts = new WeakMap<object, string>();

function link(url: string, text: string): ExternalHyperlink {
  const made = new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });
  linkTexts.set(made, text);
  return made;
}

export function webLink(words: string, url: string): ExternalHyperlink {
  return link(url, xmlSafe(`${words} ${shownAddress(url)}`));
}

export function emailLink(words: string, address: string): ExternalHyperlink {
  return link(`mailto:${address}`, xmlSafe(`${words} ${address}`));
}

/** A telephone link dials the digits (and a leading +) of the number as written. */
export function phoneLink(words: string, phone: string): ExternalHyperlink {
  return link(`tel:${phone.replace(/[^\d+]/g, '')}`, xmlSafe(`${words} ${phone}`));
}

const childrenOf = (parts: Part[], bold?: boolean) => parts.map((p) => (typeof p === 'string' ? new TextRun({ text: xmlSafe(p), bold }) : p));

/** The text of the parts (a link's never bold), or undefined when a part is not one of our links (the page estimate then leaves the paragraph to docx). */
function piecesOf(parts: Part[], bold?: boolean): Piece[] | undefined {
  const pieces = parts.map((p): Piece | undefined => {
    if (typeof p !== 'string') return linkTexts.has(p) ? { text: linkTexts.get(p)! } : undefined;
    return { text: xmlSafe(p), ...(bold ? { bold } : {}) };
  });
  return pieces.every((p) => p !== undefined) ? pieces : undefined;
}

const withShape = (paragraph: Paragraph, pieces: Piece[] | undefined, options: { indent?: number; keepNext?: boolean }) =>
  pieces ? shaped(paragraph, textShape('normal', pieces, options)) : paragraph;

/** A paragraph of text and links. */
export function linkPara(parts: Part[], options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return withShape(new Paragraph({ keepNext: options.keepNext, children: childrenOf(parts, options.bold) }), piecesOf(parts, options.bold), options);
}

/** A list item (Word's numbering) of text and links. */
export function linkBullet(parts: Part[], options: { keepNext?: boolean } = {}): Paragraph {
  return withShape(new Paragraph({ numbering: { reference: BULLETS, level: 0 }, keepNext: options.keepNext, children: childrenOf(parts) }), piecesOf(parts), {
    ...options,
    indent: LIST_INDENT,
  });
}
