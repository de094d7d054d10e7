import { useCallback, useState } from 'react';
import type { BlockRow } from '../../shared/contract';
import { CHECK_TYPE_LABELS } from '../../shared/domain/compliance';
import { formatDateShort } from '../../shared/domain/dates';
import { call } from '../api';
import { AddCertificate } from './CertificateForm';
import { CertificateList } from './CertificateList';
import { HomeForm } from './HomeForm';
import { CheckStatusBadge, TENURE_LABELS } from './labels';
import { NoAccess } from './NoAccess';
import { PanelHead, PanelPending, PanelTabs } from '../components/PanelParts';
import { usePanelRecord } from './usePanelRecord';

type Tab = 'checks' | 'details' | 'certificates' | 'noAccess';
/** One home: its checks explained, its attributes, its certificates with remedial actions, and no-access visits. */
export function HomePanel({ id, blocks, onChanged, onClose }: { id: number; blocks: BlockRow[]; onChanged(): void; onClose(): void }) {
  const [tab, setTab] = useState<Tab>('checks');
  const load = useCallback(async () => {
    const home = await call('homes.get', { id });
    return { home, checks: await call('compliance.home', { uprn: home.uprn }) };
  }, [id]);
  const { value, error, changed } = usePanelRecord(load, onChanged);
  const home = value?.home;
  const checks = value?.checks;
  if (error || !home) return <PanelPending label="Home" error={error} onClose={onClose} />;
  const tabs: Record<Tab, string> = {
    checks: 'Checks',
    details: 'Details',
    certificates: `Certificates (${home.certificates.length})`,
    noAccess: `No access (${home.noAccess.length})`,
  };
  return (
    <aside className="panel" aria-label={`Home ${home.address}`}>
      <PanelHead title={home.address} onClose={onClose}>
        <p className="small muted">
          UPRN {home.uprn} · {home.blockName ? `${home.blockName}, ${home.estateName}` : 'Street property'} · {TENURE_LABELS[home.tenure]}
          {home.active ? '' : ' · No longer in our stock'}
        </p>
      </PanelHead>
      <PanelTabs label="Home sections" tabs={tabs} current={tab} onChange={setTab} />
      <div className="panel-body" role="tabpanel">
        {tab === 'checks' && checks && (
          <table className="simple-table" aria-label={`Checks for ${home.address}`}>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Status</th>
                <th scope="col">Cover until</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {checks.checks.map((c) => (
                <tr key={c.checkType} data-check={c.checkType}>
                  <td>{CHECK_TYPE_LABELS[c.checkType]}</td>
                  <td>
                    <CheckStatusBadge status={c.status} />
                  </td>
                  <td className="nowrap">{formatDateShort(c.coverUntil)}</td>
                  <td>{c.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {tab === 'details' && <HomeForm key={JSON.stringify(home)} home={home} blocks={blocks} onSaved={changed} />}
        {tab === 'certificates' && (
          <>
            <AddCertificate blocks={blocks} uprn={home.uprn} blockId={home.blockId} onSaved={changed} />
            <CertificateList certificates={home.certificates} blocks={blocks} onChanged={changed} />
            <p className="small muted">Checks of the block (fire, water, asbestos, lifts, communal electrics) are on the block’s page.</p>
          </>
        )}
        {tab === 'noAccess' && <NoAccess visits={home.noAccess} homeId={home.id} onChanged={changed} />}
      </div>
    </aside>
  );
}
