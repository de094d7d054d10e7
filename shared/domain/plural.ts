/** A count as the council writes it: 46,081. */
export const count = (n: number): string => n.toLocaleString('en-GB');

/** A count with its noun: "1 person", "2 people", "0 homes", "1 policy"; `written` may format the count (100,000). */
export function plural(n: number, one: string, many = `${one}s`, written: (n: number) => string = String): string {
  return `${written(n)} ${n === 1 ? one : many}`;
}

/** A count with its noun as the screen shows it: "46,081 homes". */
export const counted = (n: number, one: string, many = `${one}s`): string => plural(n, one, many, count);
