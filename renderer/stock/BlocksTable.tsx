import type { BlockRow } from '../../shared/contract';
import { TIER_LABELS, yesNo } from './labels';

/** The blocks (of one estate, or all), each opening its panel. */
export function BlocksTable({ blocks, selectedId, onSelect }: { blocks: BlockRow[]; selectedId: number | null; onSelect(id: number): void }) {
  if (blocks.length === 0) return <p className="muted">No blocks yet.</p>;
  return (
    <table className="simple-table" aria-label="Blocks">
      <thead>
        <tr>
          <th scope="col">Block</th>
          <th scope="col">Estate</th>
          <th scope="col">Storeys</th>
          <th scope="col">Fire risk tier</th>
          <th scope="col">Lifts</th>
          <th scope="col">Communal water</th>
          <th scope="col">Asbestos</th>
          <th scope="col">Homes</th>
        </tr>
      </thead>
      <tbody>
        {blocks.map((b) => (
          <tr key={b.id} className={selectedId === b.id ? 'selected' : undefined}>
            <td>
              <button type="button" className="link" aria-current={selectedId === b.id ? 'true' : undefined} onClick={() => onSelect(b.id)}>
                {b.name}
              </button>
            </td>
            <td>{b.estateName}</td>
            <td>{b.storeys}</td>
            <td>{TIER_LABELS[b.fireRiskTier]}</td>
            <td>{b.lifts.length}</td>
            <td>{yesNo(b.communalWater)}</td>
            <td>{yesNo(b.asbestosPresent)}</td>
            <td>{b.homes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
