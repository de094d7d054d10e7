import { useCallback, useState } from 'react';
import { counted } from '../../shared/domain/plural';
import type { BlockRow, EstateRow } from '../../shared/contract';
import { call } from '../api';
import { BlockForm } from './BlockForm';
import { AddCertificate } from './CertificateForm';
import { CertificateList } from './CertificateList';
import { TIER_LABELS } from './labels';
import { LiftList } from './LiftList';
import { NoAccess } from './NoAccess';
import { PanelHead, PanelPending, PanelTabs } from '../components/PanelParts';
import { usePanelRecord } from './usePanelRecord';

type Tab = 'details' | 'certificates' | 'noAccess';

/** One block: its attributes and lifts, its own certificates (and its lifts'), and no-access visits. */
export function BlockPanel({
  id,
  estates,
  blocks,
  onChanged,
  onClose,
}: {
  id: number;
  estates: EstateRow[];
  blocks: BlockRow[];
  onChanged(): void;
  onClose(): void;
}) {
  const [tab, setTab] = useState<Tab>('details');
  const load = useCallback(() => call('blocks.get', { id }), [id]);
  const { value: block, error, changed } = usePanelRecord(load, onChanged);
  if (error || !block) return <PanelPending label="Block" error={error} onClose={onClose} />;
  const tabs: Record<Tab, string> = {
    details: 'Details and lifts',
    certificates: `Certificates (${block.certificates.length})`,
    noAccess: `No access (${block.noAccess.length})`,
  };
  return (
    <aside className="panel" aria-label={`Block ${block.name}`}>
      <PanelHead title={block.name} onClose={onClose}>
        <p className="small muted">
          {block.estateName} · {counted(block.storeys, 'storey')} · {TIER_LABELS[block.fireRiskTier]} fire risk · {counted(block.homes, 'home')} ·{' '}
          {counted(block.lifts.length, 'lift')}
        </p>
      </PanelHead>
      <PanelTabs label="Block sections" tabs={tabs} current={tab} onChange={setTab} />
      <div className="panel-body" role="tabpanel">
        {tab === 'details' && (
          <>
            <BlockForm key={JSON.stringify(block)} block={block} estates={estates} onSaved={changed} />
            <h3>Lifts</h3>
            <LiftList block={block} onChanged={changed} />
          </>
        )}
        {tab === 'certificates' && (
          <>
            <AddCertificate blocks={blocks} blockId={block.id} onSaved={changed} />
            <CertificateList certificates={block.certificates} blocks={blocks} onChanged={changed} />
          </>
        )}
        {tab === 'noAccess' && <NoAccess visits={block.noAccess} blockId={block.id} onChanged={changed} />}
      </div>
    </aside>
  );
}
