// How an overdue check names what must be done, on the page and in the committee paper alike.

export interface OverduePlace {
  scope: 'home' | 'block' | 'lift';
  uprn: string | null;
  address: string | null;
  blockName: string | null;
  estateName: string | null;
  liftName: string | null;
  homes: number;
}

/** "UPRN 1001, 1 Ash House", "Lift 2, Cedar Tower, Northgate Estate" or "Ash House, Northgate Estate (communal, 20 homes)". */
export function overdueWhere(r: OverduePlace): string {
  if (r.scope === 'home') return `UPRN ${r.uprn}, ${r.address}`;
  const block = [r.blockName, r.estateName].filter(Boolean).join(', ');
  return r.scope === 'lift' ? `${r.liftName}, ${block}` : `${block} (communal, ${r.homes} homes)`;
}
