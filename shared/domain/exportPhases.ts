import type { ExportPhase } from '../contract/exportsTypes';

/** What each phase of an export in the background is called on the screen. */
export const EXPORT_PHASE_WORDS: Record<ExportPhase, string> = {
  reading: 'Reading the registers',
  drawing: 'Drawing the document and laying out its pages',
  numbering: 'Writing the pages with their numbers',
  checking: 'Checking the document is accessible',
  writing: 'Writing the spreadsheet',
};
