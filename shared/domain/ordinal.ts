/**
 * Plain string order, for values whose characters sort as they should byte by byte (ISO dates,
 * codes): an import sorts 100,000 of them, where localeCompare is several times slower.
 */
export const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
