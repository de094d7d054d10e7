// How an overdue check names what must be done, on the page and in the committee paper alike.

import { plural } from './plural';

export interface OverduePlace {
  /** 'home' for a check in the home, 'block' for a communal one, 'lift' for one lift */
  scope: 'home' | 'block' | 'lift';
  uprn: string | null;
  address: string | null;
  blockName: string | null;
  estateName: string | null;
  liftName: string | null;
  /** homes the check serves: 1 for a home, every active home of the block otherwise */
  homes: number;
}

/** "UPRN 1001, 1 Ash House", "Lift 2, Cedar Tower, Northgate Estate" or "Ash House, Northgate Estate (communal, 20 homes)". */
export function overdueWhere(r: OverduePlace): string {
  if (r.scope === 'home') return `UPRN ${r.uprn}, ${r.address}`;
  const block = [r.blockName, r.estateName].filter(Boolean).join(', ');
  return r.scope === 'lift' ? `${r.liftName}, ${block}` : `${block} (communal, ${plural(r.homes, 'home')})`;
}

/** Where a remedial action's check was made, in the same words: a home, a block's communal parts or one lift. */
export function remedialWhere(r: Omit<OverduePlace, 'scope' | 'homes'>): string {
  if (r.uprn) return overdueWhere({ ...r, scope: 'home', homes: 1 });
  const block = [r.blockName, r.estateName].filter(Boolean).join(', ');
  return r.liftName ? `${r.liftName}, ${block}` : `${block} (communal)`;
}
