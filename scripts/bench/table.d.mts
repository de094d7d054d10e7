export type Target = { below: number } | { atLeast: number };
export interface BenchRow {
  what: string;
  value: number | null;
  unit: string;
  runs?: number;
  target?: Target;
  floor?: number | null;
  floorWhat?: string;
  note?: string;
}
export function median(values: number[]): number | null;
export function judge(value: number | null | undefined, target: Target | undefined): 'met' | 'missed' | '–';
export function formatValue(value: number | null | undefined, unit: string): string;
export function formatTarget(target: Target | undefined, unit: string): string;
export function ratio(value: number | null | undefined, floor: number | null | undefined, unit: string): string;
export function tableCells(rows: BenchRow[]): string[][];
export function textTable(rows: BenchRow[]): string;
export function markdownTable(rows: BenchRow[]): string;
