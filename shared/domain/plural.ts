/** A count with its noun: "1 person", "2 people", "0 homes", "1 policy"; `written` may format the count (100,000). */
export function plural(n: number, one: string, many = `${one}s`, written: (n: number) => string = String): string {
  return `${written(n)} ${n === 1 ? one : many}`;
}
