import { ExternalHyperlink, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { BULLETS } from './styles';
import { xmlSafe } from './text';

// Links in public documents: descriptive words that say where the link goes ("Sign up to our
// newsletter"), with the address after them in the link, so that a printed copy still gives it.

export type Part = string | ParagraphChild;

/** A web address as printed: without https:// or a closing slash. */
export const shownAddress = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

export function webLink(words: string, url: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text: xmlSafe(`${words} ${shownAddress(url)}`), style: 'Hyperlink' })] });
}

export function emailLink(words: string, address: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: `mailto:${address}`, children: [new TextRun({ text: xmlSafe(`${words} ${address}`), style: 'Hyperlink' })] });
}

/** A telephone link dials the digits (and a leading +) of the number as written. */
export function phoneLink(words: string, phone: string): ExternalHyperlink {
  return new ExternalHyperlink({
    link: `tel:${phone.replace(/[^\d+]/g, '')}`,
    children: [new TextRun({ text: xmlSafe(`${words} ${phone}`), style: 'Hyperlink' })],
  });
}

const childrenOf = (parts: Part[], bold?: boolean) => parts.map((p) => (typeof p === 'string' ? new TextRun({ text: xmlSafe(p), bold }) : p));

/** A paragraph of text and links. */
export function linkPara(parts: Part[], options: { bold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext, children: childrenOf(parts, options.bold) });
}

/** A list item (Word's numbering) of text and links. */
export function linkBullet(parts: Part[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, keepNext: options.keepNext, children: childrenOf(parts) });
}
