import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

// One set of styles for every document: the built-in Title and Heading 1-3 styles (so that they
// are real headings to screen readers and the navigation pane), sans-serif 12 pt or larger,
// left-aligned, en-GB throughout.

export const FONT = 'Arial';
export const BODY_SIZE = 24; // half-points: 12 pt
export const LANGUAGE = 'en-GB';
export const BULLETS = 'hd-bullets';
export const NUMBERS = 'hd-numbers';
export const CAPTION = 'Caption';
/** Word's own style for a line of the contents list, so that a word processor treats it as one. */
export const CONTENTS_LINE = 'TOC1';

const heading = (size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: '1B1F24' },
  paragraph: { spacing: { before, after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, alignment: AlignmentType.LEFT },
});

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, language: { value: LANGUAGE } },
      paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO }, alignment: AlignmentType.LEFT },
    },
    title: heading(44, 0),
    heading1: heading(36, 360),
    heading2: heading(30, 280),
    heading3: heading(26, 240),
    listParagraph: { run: { font: FONT, size: BODY_SIZE } },
  },
  paragraphStyles: [
    {
      id: CAPTION,
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: BODY_SIZE, bold: true, color: '1B1F24' },
      paragraph: { keepNext: true, spacing: { before: 120, after: 80 } },
    },
    {
      id: CONTENTS_LINE,
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: BODY_SIZE },
      paragraph: { spacing: { after: 80 } },
    },
  ],
};

export const documentNumbering: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
        { level: 1, format: LevelFormat.BULLET, text: '◦', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1440, hanging: 360 } } } },
      ],
    },
    {
      reference: NUMBERS,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
      ],
    },
  ],
};
