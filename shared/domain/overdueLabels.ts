// How an overdue check names what must be done, on the page and in the committee paper alike.

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
  return r.scope === 'lift' ? `${r.liftName}, ${block}` : `${block} (communal, ${r.homes} homes)`;
}
