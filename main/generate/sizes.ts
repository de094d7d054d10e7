// How many of each thing a generated landlord has: the figures of a 60,000-home landlord (issue
// 15), scaled by its number of homes, with a floor so that a small one still has one of each.

export const FULL_SIZE_HOMES = 60_000;

const AT_FULL_SIZE = {
  estates: 150,
  blocks: 2_000,
  teams: 40,
  people: 2_000,
  jobRoles: 60,
  courses: 30,
  policies: 300,
  committees: 4,
  /** recommendations across every programme; the largest programme has 1,000 */
  recommendations: 21_000,
  largestProgramme: 1_000,
  /** complaint cases a year */
  complaintsPerYear: 3_000,
} as const;

const FLOORS: Record<keyof typeof AT_FULL_SIZE, number> = {
  estates: 1,
  blocks: 2,
  teams: 2,
  people: 12,
  jobRoles: 4,
  courses: 6,
  policies: 6,
  committees: 1,
  recommendations: 24,
  largestProgramme: 12,
  complaintsPerYear: 20,
};

export type Sizes = { homes: number } & Record<keyof typeof AT_FULL_SIZE, number>;

export function sizesFor(homes: number): Sizes {
  const scale = homes / FULL_SIZE_HOMES;
  const scaled = Object.fromEntries(
    (Object.keys(AT_FULL_SIZE) as (keyof typeof AT_FULL_SIZE)[]).map((k) => [k, Math.max(FLOORS[k], Math.round(AT_FULL_SIZE[k] * scale))]),
  ) as Record<keyof typeof AT_FULL_SIZE, number>;
  return { homes, ...scaled };
}

/** The smallest and largest landlord the command makes. */
export const HOMES_RANGE = { min: 10, max: 500_000 } as const;
