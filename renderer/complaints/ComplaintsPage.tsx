import { useEffect, useRef, useState } from 'react';
import { COMPLAINT_TENURE_LABELS, COMPLAINT_TENURES, DUE_SOON_DAYS, financialYearOf } from '../../shared/domain/complaints';
import { addDays } from '../../shared/domain/dates';
import { counted } from '../../shared/domain/plural';
import { call } from '../api';
import { useAppData } from '../AppData';
import { RegisterBody } from '../components/RegisterBody';
import { useRegisterKeys } from '../components/useRegisterKeys';
import { navigate } from '../useRoute';
import { ComplaintPanel } from './ComplaintPanel';
import { ComplaintsGrid, type ComplaintFilter } from './ComplaintsGrid';
import { FiguresCard } from './FiguresCard';

/**
 * The complaints log from the CRM's export, each stage with its Complaint Handling Code due dates
 * and days late; open cases already late or due within five working days first; the year's
 * CH01 and CH02. A row opens the case's panel (#/complaints?case=12).
 */
export function ComplaintsPage({ params }: { params: URLSearchParams }) {
  const { info } = useAppData();
  const caseId = Number(params.get('case')) || null;
  const searchBox = useRef<HTMLInputElement>(null);
  useRegisterKeys(searchBox, caseId ? () => navigate('complaints') : null);
  const [filter, setFilter] = useState<ComplaintFilter>({ search: '', stage: null, tenure: null, show: 'all' });
  const [counts, setCounts] = useState<{ total: number; openLate: number; dueSoon: number } | null>(null);
  const [years, setYears] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('complaints.years', {}).then(setYears, (e) => setError((e as Error).message));
  }, []);
  // the last complete year, as the annual report reads it
  const lastYear = financialYearOf(addDays(`${financialYearOf(info.today).slice(0, 4)}-04-01`, -1));

  return (
    <section className="register complaints-register">
      <header className="register-head">
        <div>
          <h1>Complaints</h1>
          <p className="muted">
            Each complaint stage with its Complaint Handling Code clocks, in working days (weekends, bank holidays and the non-working days in{' '}
            <a href="#/settings">Settings</a> left out). <a href="#/imports">Import the log</a> from the CRM.
          </p>
        </div>
      </header>
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {years && <FiguresCard years={years} initialYear={years.includes(lastYear) ? lastYear : years[0]!} />}
      {counts && (
        <p role="status" aria-label="Open cases needing attention" className={counts.openLate ? 'warning-banner' : 'muted'}>
          {counted(counts.openLate, 'open case')} already late; {counted(counts.dueSoon, 'open case')} due within {DUE_SOON_DAYS} working days. They are listed
          first.
        </p>
      )}
      <div className="toolbar" role="toolbar" aria-label="Complaints tools">
        <input
          ref={searchBox}
          type="search"
          placeholder="Reference"
          aria-label="Search complaints by reference"
          value={filter.search}
          onChange={(e) => setFilter({ ...filter, search: e.target.value })}
        />
        <select
          aria-label="Stage"
          value={filter.stage ?? ''}
          onChange={(e) => setFilter({ ...filter, stage: e.target.value === '' ? null : (Number(e.target.value) as 1 | 2) })}
        >
          <option value="">Both stages</option>
          <option value="1">Stage 1</option>
          <option value="2">Stage 2</option>
        </select>
        <select
          aria-label="Tenure"
          value={filter.tenure ?? ''}
          onChange={(e) => setFilter({ ...filter, tenure: e.target.value === '' ? null : (e.target.value as ComplaintFilter['tenure']) })}
        >
          <option value="">Any tenure</option>
          {COMPLAINT_TENURES.map((t) => (
            <option key={t} value={t}>
              {COMPLAINT_TENURE_LABELS[t]}
            </option>
          ))}
        </select>
        <select aria-label="Which stages" value={filter.show} onChange={(e) => setFilter({ ...filter, show: e.target.value as ComplaintFilter['show'] })}>
          <option value="all">Open and responded</option>
          <option value="open">Open</option>
          <option value="responded">Responded</option>
        </select>
        <span className="spacer" />
        <span className="muted">{counts === null ? 'Loading…' : counted(counts.total, 'complaint stage')}</span>
      </div>
      <RegisterBody name="complaints">
        <ComplaintsGrid filter={filter} onPage={setCounts} onError={setError} onOpen={(id) => navigate('complaints', { case: id })} />
        {caseId && <ComplaintPanel key={caseId} id={caseId} onOpen={(id) => navigate('complaints', { case: id })} onClose={() => navigate('complaints')} />}
      </RegisterBody>
    </section>
  );
}
