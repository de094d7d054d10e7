import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TrainingMatrix } from '../../shared/contract';
import { formatDateLong, isIsoDate } from '../../shared/domain/dates';
import { TRAINING_STATUSES, TRAINING_STATUS_LABELS } from '../../shared/domain/training';
import { call } from '../api';
import { useAppData } from '../AppData';
import { fromDateText, toDateText } from '../components/Field';
import { RegisterBody } from '../components/RegisterBody';
import { ExportButtons } from '../monthly/ExportButtons';
import { navigate } from '../useRoute';
import { CellPanel } from './CellPanel';
import { CoursePageView } from './CoursePageView';
import { CoursesView } from './CoursesView';
import { HeatmapView } from './HeatmapView';
import { MatrixGrid } from './MatrixGrid';
import { NewStartersView } from './NewStartersView';
import { PersonPanel } from './PersonPanel';
import { count, counted } from '../../shared/domain/plural';

/** The page's views, by the route's `view` (the matrix when none). */
const TABS = [
  ['', 'Matrix'],
  ['teams', 'By team'],
  ['starters', 'New starters'],
  ['courses', 'Courses and job roles'],
] as const;

/**
 * The training matrix: who is missing what, as at a date. Filters by team (worked out in main),
 * job role, status and course category; a cell opens its panel to record a completion or a waiver,
 * a name the person's record. Beside it: compliance by team and course, new starters, a course's
 * page, and the catalogue of courses and job roles.
 */
export function TrainingPage({ params }: { params: URLSearchParams }) {
  const view = params.get('view') ?? '';
  const catalogue = view === 'courses';
  const courseId = view === 'course' ? Number(params.get('course')) : null;
  const { info, teams } = useAppData();
  const [asAtText, setAsAtText] = useState(toDateText(info.today));
  const asAt = fromDateText(asAtText);
  const [teamId, setTeamId] = useState('');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('');
  const [category, setCategory] = useState('');
  const [matrix, setMatrix] = useState<TrainingMatrix | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<{ personId: number; course: number } | null>(null);
  const [openPerson, setOpenPerson] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  const load = useCallback(async () => {
    if (!isIsoDate(asAt)) {
      setError('As at must be a real date, for example 31/03/2027.');
      return;
    }
    try {
      setMatrix(await call('training.matrix', { asAt, teamId: teamId ? Number(teamId) : null }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [asAt, teamId]);
  useEffect(() => {
    void load();
  }, [load]);

  const shown = useMemo(() => (matrix ? matrix.courses.flatMap((c, i) => (category === '' || c.category === category ? [i] : [])) : []), [matrix, category]);
  const people = useMemo(
    () => (matrix?.people ?? []).filter((p) => (role === '' || p.jobRoleName === role) && (status === '' || shown.some((i) => p.cells[i]!.status === status))),
    [matrix, role, status, shown],
  );
  const roles = useMemo(() => [...new Set((matrix?.people ?? []).map((p) => p.jobRoleName).filter((r): r is string => Boolean(r)))].sort(), [matrix]);
  const categories = useMemo(() => [...new Set((matrix?.courses ?? []).map((c) => c.category))].sort(), [matrix]);
  const person = open && matrix?.people.find((p) => p.id === open.personId);
  const recordFor = (personId: number, id: number) => {
    const course = matrix?.courses.findIndex((c) => c.id === id) ?? -1;
    if (course >= 0) setOpen({ personId, course });
  };
  const panel =
    open && person && matrix ? (
      <CellPanel
        key={`${open.personId}:${open.course}`}
        person={person}
        course={matrix.courses[open.course]!}
        index={open.course}
        onSaved={() => {
          setVersion((v) => v + 1);
          void load();
        }}
        onClose={() => setOpen(null)}
      />
    ) : openPerson !== null && isIsoDate(asAt) ? (
      <PersonPanel
        key={openPerson}
        personId={openPerson}
        asAt={asAt}
        version={version}
        onRecord={(id) => recordFor(openPerson, id)}
        onClose={() => setOpenPerson(null)}
      />
    ) : null;

  return (
    <section className="register">
      <header className="register-head">
        <div>
          <h1>Training</h1>
          <p className="muted">
            {matrix
              ? `${counted(matrix.people.length, 'person', 'people')} employed on ${formatDateLong(matrix.asAt)} · mandatory courses ${
                  matrix.mandatory.percent === null ? 'not required of anyone' : `${matrix.mandatory.percent}% in date or waived`
                }`
              : 'Loading…'}
          </p>
        </div>
        <div role="tablist" className="tabs" aria-label="Training">
          {TABS.map(([key, label]) => (
            <button key={key} type="button" role="tab" aria-selected={view === key} onClick={() => navigate('training', { view: key || undefined })}>
              {label}
            </button>
          ))}
        </div>
      </header>
      {catalogue ? (
        <CoursesView
          onChanged={() => {
            void load();
          }}
        />
      ) : (
        <>
          <div className="toolbar" role="toolbar" aria-label="Training matrix tools">
            <label className="inline">
              As at <input className="narrow" value={asAtText} onChange={(e) => setAsAtText(e.target.value)} aria-label="As at (date)" />
            </label>
            {view === '' && (
              <>
                <select aria-label="Filter by team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
                  <option value="">Every team</option>
                  {teams.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
                <select aria-label="Filter by job role" value={role} onChange={(e) => setRole(e.target.value)}>
                  <option value="">Every job role</option>
                  {roles.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
                <select aria-label="Filter by status" value={status} onChange={(e) => setStatus(e.target.value)}>
                  <option value="">Any status</option>
                  {TRAINING_STATUSES.filter((s) => s !== 'not_required').map((s) => (
                    <option key={s} value={s}>
                      {TRAINING_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
                <select aria-label="Filter by course category" value={category} onChange={(e) => setCategory(e.target.value)}>
                  <option value="">Every course category</option>
                  {categories.map((c) => (
                    <option key={c} value={c}>
                      {c || 'No category'}
                    </option>
                  ))}
                </select>
              </>
            )}
            <span className="spacer" />
            {view === '' && isIsoDate(asAt) && (
              <ExportButtons
                jobs={[
                  {
                    label: 'Export matrix (.xlsx)',
                    request: () => ({ call: 'exports.trainingMatrix', input: { asAt, teamId: teamId ? Number(teamId) : null } }),
                  },
                  {
                    label: 'Export matrix (.csv)',
                    request: () => ({ call: 'exports.trainingMatrix', input: { asAt, teamId: teamId ? Number(teamId) : null, format: 'csv' } }),
                  },
                ]}
              />
            )}
            {view === '' && (
              <span className="muted" role="status">
                {count(people.length)} of {counted(matrix?.people.length ?? 0, 'person', 'people')} · {shown.length} of {matrix?.courses.length ?? 0} courses
              </span>
            )}
          </div>
          {error && (
            <div className="error-banner" role="alert">
              {error}
            </div>
          )}
          {matrix && matrix.courses.length === 0 ? (
            <div className="card empty">
              <h2>No courses yet</h2>
              <p>Add the courses your staff need, and which job roles need them, to see who is missing what.</p>
              <button type="button" className="primary" onClick={() => navigate('training', { view: 'courses' })}>
                Add courses
              </button>
            </div>
          ) : (
            matrix &&
            isIsoDate(asAt) && (
              <RegisterBody name="training">
                {view === '' ? (
                  <MatrixGrid
                    matrix={matrix}
                    people={people}
                    shown={shown}
                    onOpen={(personId, course) => setOpen({ personId, course })}
                    onOpenPerson={(id) => {
                      setOpen(null);
                      setOpenPerson(id);
                    }}
                  />
                ) : (
                  <div className="view-scroll">
                    {view === 'teams' && <HeatmapView asAt={asAt} version={version} />}
                    {view === 'starters' && <NewStartersView asAt={asAt} version={version} onOpenPerson={setOpenPerson} />}
                    {courseId !== null && <CoursePageView courseId={courseId} asAt={asAt} version={version} onOpenPerson={setOpenPerson} />}
                  </div>
                )}
                {panel}
              </RegisterBody>
            )
          )}
        </>
      )}
    </section>
  );
}
