// Text from the registers goes into XML: characters XML 1.0 cannot hold (control characters,
// unpaired surrogates, U+FFFE/FFFF) are dropped; everything else, including emoji and
// right-to-left scripts, is kept. The docx package escapes < & > itself.

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string | null | undefined): string {
  return (text ?? '').replace(INVALID_XML, '');
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A paragraph whose first letter is from a right-to-left script (Arabic, Hebrew, Urdu…) is laid
 * out right to left; an English sentence quoting a word of Arabic stays left to right.
 */
export function isRightToLeft(text: string): boolean {
  const first = STRONG.exec(text)?.[0];
  return first !== undefined && RTL.test(first);
}

/**
 * A paragraph's `bidirectional` option: true for right-to-left text, else left out, since docx
 * writes `<w:bidi w:val="false"/>` for false, which every paragraph of a table would then carry.
 */
export function directionOf(text: string): true | undefined {
  return isRightToLeft(text) || undefined;
}
