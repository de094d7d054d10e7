/** A count with its noun: "1 person", "2 people", "0 homes", "1 policy". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
