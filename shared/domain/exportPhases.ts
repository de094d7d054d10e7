import type { ExportPhase } from '../contract/exportsTypes';

/** What each phase of an export in the background is called on the screen. */
export const EXPORT_PHASE_WORDS: Record<ExportPhase, string> = {
  reading: 'Reading the registers',
  drawing: 'Drawing the document',
  numbering: 'Laying out and numbering the pages',
  checking: 'Checking the document is accessible',
  writing: 'Writing the spreadsheet',
};
