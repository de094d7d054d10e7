import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { counted } from '../../shared/domain/plural';
import type { BlockRow, EstateRow } from '../../shared/contract';
import { call } from '../api';
import { ViewButtons } from '../components/Toolbar';
import { useRegisterKeys } from '../components/useRegisterKeys';
import { PanelHead } from '../components/PanelParts';
import { RegisterBody } from '../components/RegisterBody';
import { navigate } from '../useRoute';
import { BlockForm } from './BlockForm';
import { BlockPanel } from './BlockPanel';
import { BlocksTable } from './BlocksTable';
import { CertificateForm } from './CertificateForm';
import { EstatesCard } from './EstatesCard';
import { HomeForm } from './HomeForm';
import { HomePanel } from './HomePanel';
import { HomesGrid } from './HomesGrid';

type View = 'homes' | 'blocks';
const VIEWS: { id: View; label: string }[] = [
  { id: 'homes', label: 'Homes' },
  { id: 'blocks', label: 'Estates and blocks' },
];

/** Homes, blocks and certificates: the stock a compliance officer keeps, and its checks entered one at a time. */
export function StockPage({ params }: { params: URLSearchParams }) {
  const view: View = params.get('view') === 'blocks' ? 'blocks' : 'homes';
  const homeId = Number(params.get('home')) || null;
  const blockId = Number(params.get('block')) || null;
  const adding = params.get('new');
  const [estates, setEstates] = useState<EstateRow[]>([]);
  const [blocks, setBlocks] = useState<BlockRow[]>([]);
  const [estateFilter, setEstateFilter] = useState<number | null>(null);
  const [blockFilter, setBlockFilter] = useState('');
  const notCompliant = params.get('filter') === 'not-compliant';
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const go = (extra: Record<string, string | number | undefined> = {}) => navigate('stock', { view, filter: params.get('filter') ?? undefined, ...extra });

  const loadStock = useCallback(async () => {
    try {
      const [e, b] = await Promise.all([call('estates.list', {}), call('blocks.list', {})]);
      setEstates(e);
      setBlocks(b);
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);
  useEffect(() => {
    void loadStock();
  }, [loadStock]);
  // the search goes to main once typing pauses
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 250);
    return () => clearTimeout(timer);
  }, [searchText]);
  const changed = useCallback(() => {
    void loadStock();
    setGeneration((g) => g + 1);
  }, [loadStock]);
  // a large landlord's 2,000 blocks: made again only when the blocks change, not at every count shown
  const blockOptions = useMemo(
    () =>
      blocks.map((b) => (
        <option key={b.id} value={b.id}>
          {b.name} ({b.estateName})
        </option>
      )),
    [blocks],
  );
  const panelOpen = Boolean(homeId || blockId || adding);
  useRegisterKeys(searchBox, panelOpen ? () => go() : null);

  return (
    <section className="register">
      <header className="register-head">
        <div>
          <h1>Homes, blocks and certificates</h1>
          <p className="muted">
            {counted(estates.length, 'estate')} · {counted(blocks.length, 'block')} ·{' '}
            {counted(
              estates.reduce((n, e) => n + e.homes, 0),
              'home',
            )}{' '}
            in blocks. <a href="#/compliance">Compliance position</a>
          </p>
        </div>
        <div className="head-actions">
          <ViewButtons<View> views={VIEWS} value={view} onChange={(v) => navigate('stock', { view: v })} />
        </div>
      </header>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {view === 'homes' ? (
        <div className="toolbar" role="toolbar" aria-label="Homes tools">
          <input
            ref={searchBox}
            type="search"
            placeholder="UPRN or address (Ctrl+F)"
            aria-label="Search homes by UPRN or address"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
          <select aria-label="Filter by block" value={blockFilter} onChange={(e) => setBlockFilter(e.target.value)}>
            <option value="">Any block</option>
            {blockOptions}
          </select>
          <select
            aria-label="Which homes"
            value={notCompliant ? 'not-compliant' : ''}
            onChange={(e) => navigate('stock', { view, filter: e.target.value || undefined })}
          >
            <option value="">All homes</option>
            <option value="not-compliant">With a check not in date</option>
          </select>
          <span className="spacer" />
          <span className="muted" role="status">
            {total === null ? 'Loading…' : counted(total, 'home')}
          </span>
          <button type="button" onClick={() => go({ new: 'certificate' })}>
            Add certificate
          </button>
          <button type="button" className="primary" onClick={() => go({ new: 'home' })}>
            Add home
          </button>
        </div>
      ) : (
        <div className="toolbar" role="toolbar" aria-label="Blocks tools">
          <span className="muted">{estateFilter ? `Blocks of ${estates.find((e) => e.id === estateFilter)?.name ?? ''}` : 'All blocks'}</span>
          <span className="spacer" />
          <button type="button" onClick={() => go({ new: 'certificate' })}>
            Add certificate
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => go({ new: 'block' })}
            disabled={estates.length === 0}
            title={estates.length ? undefined : 'Add an estate first'}
          >
            Add block
          </button>
        </div>
      )}
      <RegisterBody name="stock">
        {view === 'homes' ? (
          <HomesGrid
            search={search}
            blockId={Number(blockFilter) || null}
            notCompliant={notCompliant}
            generation={generation}
            onTotal={setTotal}
            onSelect={(id) => go({ home: id })}
            onError={setError}
          />
        ) : (
          <div className="stock-blocks">
            <EstatesCard estates={estates} selected={estateFilter} onSelect={setEstateFilter} onChanged={changed} />
            <div className="card">
              <h2>Blocks</h2>
              <BlocksTable
                blocks={blocks.filter((b) => !estateFilter || b.estateId === estateFilter)}
                selectedId={blockId}
                onSelect={(id) => go({ block: id })}
              />
            </div>
          </div>
        )}
        {adding === 'certificate' && (
          <aside className="panel" aria-label="New certificate">
            <PanelHead title="Add a certificate" onClose={() => go()} />
            <div className="panel-body">
              <CertificateForm blocks={blocks} onSaved={changed} onCancel={() => go()} />
            </div>
          </aside>
        )}
        {adding === 'home' && (
          <aside className="panel" aria-label="New home">
            <PanelHead title="New home" onClose={() => go()} />
            <div className="panel-body">
              <HomeForm
                blocks={blocks}
                onSaved={(id) => {
                  changed();
                  go({ home: id });
                }}
                onCancel={() => go()}
              />
            </div>
          </aside>
        )}
        {adding === 'block' && (
          <aside className="panel" aria-label="New block">
            <PanelHead title="New block" onClose={() => go()} />
            <div className="panel-body">
              <BlockForm
                estates={estates}
                onSaved={(id) => {
                  changed();
                  go({ block: id });
                }}
                onCancel={() => go()}
              />
            </div>
          </aside>
        )}
        {!adding && homeId && <HomePanel key={homeId} id={homeId} blocks={blocks} onChanged={changed} onClose={() => go()} />}
        {!adding && !homeId && blockId && <BlockPanel key={blockId} id={blockId} estates={estates} blocks={blocks} onChanged={changed} onClose={() => go()} />}
      </RegisterBody>
    </section>
  );
}
