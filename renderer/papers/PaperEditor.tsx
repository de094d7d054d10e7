import { useEffect, useState, type FormEvent } from 'react';
import type { CommitteePaper, Meeting, PaperSections } from '../../shared/contract';
import { DEFAULT_REPORT_SECTIONS, IMPLICATION_KEYS, sections as paperSections, type ImplicationKey, type NarrativeKey } from '../../shared/contract/papers';
import { PAPER_PART_KEYS, PAPER_PARTS, type PaperPartInfo } from '../../shared/domain/paperParts';
import { fromTemplate, PAPER_TEMPLATES, type PaperTemplateKey } from '../../shared/domain/paperTemplates';
import { formatDateLong } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';
import { ErrorSummary } from '../components/ErrorSummary';
import { navigate } from '../useRoute';
import { ExportButtons } from '../monthly/ExportButtons';
import { TitledTextList } from './TitledTextList';

const NARRATIVE: { key: NarrativeKey; label: string; hint?: string; rows?: number }[] = [
  {
    key: 'summary',
    label: 'Summary',
    hint: 'Needed before the paper can be exported. Separate paragraphs with a blank line; the paper numbers each one',
    rows: 4,
  },
  {
    key: 'recommendations',
    label: 'Recommendations',
    hint: 'One a line, completing “Members are asked to…”, e.g. “note the progress on the action plan”',
    rows: 4,
  },
];
const AFTER: typeof NARRATIVE = [
  { key: 'conclusion', label: 'Conclusion', rows: 3 },
  { key: 'backgroundPapers', label: 'Background papers', hint: 'One a line', rows: 2 },
];
const IMPLICATIONS: Record<ImplicationKey, string> = {
  strategic: 'Strategic',
  financial: 'Financial',
  resource: 'Resource',
  legal: 'Legal',
  risk: 'Risk',
  equalities: 'Equalities',
  climate: 'Climate',
  security: 'Security',
};

type Draft = Omit<CommitteePaper, 'id' | 'meetingDate' | 'committeeName' | 'meetingStatus' | 'version' | 'updatedAt'>;

const blank = (meetingId: number, author: string): Draft => ({
  meetingId,
  title: '',
  isPublic: true,
  exemptParagraph: null,
  reportOf: '',
  authorName: author,
  authorTitle: '',
  authorEmail: '',
  wards: 'All',
  keyDecision: false,
  purpose: 'information',
  dataAsAt: null,
  narrative: {
    summary: '',
    recommendations: '',
    sections: DEFAULT_REPORT_SECTIONS.map((x) => ({ ...x })),
    conclusion: '',
    backgroundPapers: '',
    appendices: [],
    implications: Object.fromEntries(IMPLICATION_KEYS.map((k) => [k, ''])) as Record<ImplicationKey, string>,
  },
  sections: paperSections.parse({}),
});

export function PaperEditor({ params }: { params: URLSearchParams }) {
  const { programmes, settings } = useAppData();
  const toast = useToast();
  const paperId = Number(params.get('id')) || null;
  const meetingId = Number(params.get('meeting')) || null;
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [saved, setSaved] = useState<CommitteePaper | null>(null);
  const [d, setD] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** the data-as-at date as typed (dd/mm/yyyy), blank for the default */
  const [asAtText, setAsAtText] = useState('');
  /** the template a new paper starts from, if any */
  const [template, setTemplate] = useState<PaperTemplateKey | null>(null);
  const errors = useFormErrors([
    'template',
    'title',
    'isPublic',
    'exemptParagraph',
    'reportOf',
    'authorName',
    'authorTitle',
    'authorEmail',
    'wards',
    'keyDecision',
    'purpose',
    'dataAsAt',
    ...(d?.narrative.sections ?? []).flatMap((_, i) => [`narrative.sections.${i}.title`, `narrative.sections.${i}.text`, `narrative.sections.${i}.holdsData`]),
    ...(d?.narrative.appendices ?? []).flatMap((_, i) => [`narrative.appendices.${i}.title`, `narrative.appendices.${i}.text`]),
    ...PAPER_PART_KEYS.filter((k) => PAPER_PARTS[k].choose === 'programme').map((k) => `sections.${PAPER_PARTS[k].field}`),
    ...[...NARRATIVE, ...AFTER].map((n) => `narrative.${n.key}`),
    ...IMPLICATION_KEYS.map((k) => `narrative.implications.${k}`),
  ]);

  useEffect(() => {
    void (async () => {
      try {
        if (paperId) {
          const p = await call('papers.get', { id: paperId });
          setSaved(p);
          const { id: _i, meetingDate: _d, committeeName: _c, meetingStatus: _s, version: _v, updatedAt: _u, ...rest } = p;
          setD(rest);
          setAsAtText(toDateText(p.dataAsAt));
          setMeeting(await call('meetings.get', { id: p.meetingId }));
        } else if (meetingId) {
          setMeeting(await call('meetings.get', { id: meetingId }));
          setD(blank(meetingId, settings.userName));
        }
      } catch (e) {
        setError((e as Error).message);
      }
    })();
  }, [paperId, meetingId, settings.userName]);

  if (error)
    return (
      <div className="error-banner" role="alert">
        {error}
      </div>
    );
  if (!d || !meeting) return <p role="status">Loading the paper…</p>;

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD({ ...d, [k]: v });
  const setN = <K extends keyof Draft['narrative']>(k: K, v: Draft['narrative'][K]) => setD({ ...d, narrative: { ...d.narrative, [k]: v } });
  const setI = (k: ImplicationKey, v: string) => setD({ ...d, narrative: { ...d.narrative, implications: { ...d.narrative.implications, [k]: v } } });
  // a part's field holds a programme's id or yes/no, as PAPER_PARTS says
  const setS = (k: keyof PaperSections, v: number | boolean | null) => setD({ ...d, sections: { ...d.sections, [k]: v } });

  /** A template sets the report's sections and ticks its data parts; a blank paper has the usual ones. */
  function startFrom(key: PaperTemplateKey | null) {
    const t = key ? fromTemplate(key) : { sections: DEFAULT_REPORT_SECTIONS.map((x) => ({ ...x })), parts: {} };
    setTemplate(key);
    setD({ ...d!, narrative: { ...d!.narrative, sections: t.sections }, sections: paperSections.parse(t.parts) });
  }

  async function save(e?: FormEvent) {
    e?.preventDefault();
    errors.clear();
    try {
      const { meetingId: mid, ...rest } = d!;
      const fields = { ...rest, dataAsAt: fromDateText(asAtText) };
      const p = saved
        ? await call('papers.update', { id: saved.id, patch: fields })
        : await call('papers.create', { meetingId: mid, ...fields, ...(template ? { template } : {}) });
      setSaved(p);
      toast('info', 'Paper saved.');
      if (!saved) navigate('paper', { id: p.id });
      return p;
    } catch (err) {
      errors.show(err);
      return null;
    }
  }

  return (
    <section>
      <header className="register-head">
        <div>
          <h1>{saved ? 'Committee paper' : 'New committee paper'}</h1>
          <p className="muted">
            For{' '}
            <a href={`#/meetings?meeting=${meeting.id}`}>
              {meeting.committeeName}, {formatDateLong(meeting.meetingDate)}
            </a>
            {saved && ` · saved, version ${saved.version}`}
          </p>
        </div>
        {saved && (
          <ExportButtons
            jobs={[
              {
                label: 'Export paper (.docx)',
                request: async () => {
                  const p = await save();
                  if (!p) throw new Error('The paper could not be saved, so it was not exported.');
                  return { call: 'exports.committeePaper', input: { paperId: p.id } };
                },
              },
            ]}
          />
        )}
      </header>
      <form onSubmit={save} noValidate className="paper-form" aria-label="Committee paper">
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        {!saved && (
          <div className="card">
            <Field
              label="Start from"
              hint="A template gives the main report’s sections, with guidance to replace, and ticks the data it reports."
              error={errors.fieldErrors.template}
            >
              {(p) => (
                <select {...p} value={template ?? ''} onChange={(e) => startFrom((e.target.value || null) as PaperTemplateKey | null)}>
                  <option value="">A blank paper</option>
                  {PAPER_TEMPLATES.map((t) => (
                    <option key={t.key} value={t.key}>
                      {t.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        )}
        <div className="card">
          <h2>Front sheet</h2>
          <Field label="Subject" error={errors.fieldErrors.title}>
            {(p) => <input {...p} value={d.title} onChange={(e) => set('title', e.target.value)} />}
          </Field>
          <div className="row2">
            <fieldset className="choice compact">
              <legend>Public or non-public</legend>
              <label>
                <input type="radio" checked={d.isPublic} onChange={() => setD({ ...d, isPublic: true, exemptParagraph: null })} /> Public
              </label>
              <label>
                <input type="radio" checked={!d.isPublic} onChange={() => set('isPublic', false)} /> Non-public (exempt)
              </label>
            </fieldset>
            {!d.isPublic && (
              <Field label="Exempt under paragraph (Schedule 12A, Part 1)" error={errors.fieldErrors.exemptParagraph}>
                {(p) => (
                  <select {...p} value={d.exemptParagraph ?? ''} onChange={(e) => set('exemptParagraph', e.target.value ? Number(e.target.value) : null)}>
                    <option value="">Choose…</option>
                    {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                      <option key={n} value={n}>
                        Paragraph {n}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
          <div className="row2">
            <Field label="Report of" error={errors.fieldErrors.reportOf}>
              {(p) => <input {...p} value={d.reportOf} onChange={(e) => set('reportOf', e.target.value)} />}
            </Field>
            <Field label="Wards affected" error={errors.fieldErrors.wards}>
              {(p) => <input {...p} value={d.wards} onChange={(e) => set('wards', e.target.value)} />}
            </Field>
          </div>
          <div className="row3">
            <Field label="Report author" error={errors.fieldErrors.authorName}>
              {(p) => <input {...p} value={d.authorName} onChange={(e) => set('authorName', e.target.value)} />}
            </Field>
            <Field label="Author’s job title" error={errors.fieldErrors.authorTitle}>
              {(p) => <input {...p} value={d.authorTitle} onChange={(e) => set('authorTitle', e.target.value)} />}
            </Field>
            <Field label="Author’s e-mail" error={errors.fieldErrors.authorEmail}>
              {(p) => <input {...p} value={d.authorEmail} onChange={(e) => set('authorEmail', e.target.value)} />}
            </Field>
          </div>
          <div className="row2">
            <fieldset className="choice compact">
              <legend>Purpose</legend>
              <label>
                <input type="radio" checked={d.purpose === 'decision'} onChange={() => set('purpose', 'decision')} /> For Decision
              </label>
              <label>
                <input type="radio" checked={d.purpose === 'information'} onChange={() => set('purpose', 'information')} /> For Information
              </label>
            </fieldset>
            <label className="check">
              <input type="checkbox" checked={d.keyDecision} onChange={(e) => set('keyDecision', e.target.checked)} /> Key decision
            </label>
          </div>
          <Field
            label="Data as at (optional)"
            hint="The date the paper’s figures are taken at, dd/mm/yyyy. Leave blank for the day you export (for a meeting still to come) or the meeting date (for one held). Never after today or the meeting."
            error={errors.fieldErrors.dataAsAt}
          >
            {(p) => <input {...p} className="date-input" value={asAtText} onChange={(e) => setAsAtText(e.target.value)} />}
          </Field>
        </div>
        <div className="card">
          <h2>Report</h2>
          {NARRATIVE.map((n) => (
            <Field key={n.key} label={n.label} hint={n.hint} error={errors.fieldErrors[`narrative.${n.key}`]}>
              {(p) => <textarea {...p} rows={n.rows ?? 3} value={d.narrative[n.key]} onChange={(e) => setN(n.key, e.target.value)} />}
            </Field>
          ))}
        </div>
        <div className="card">
          <h2>Main report sections</h2>
          <p className="hint">The paper numbers each section and paragraph (3., 3.1, 3.2 …) in the order given here.</p>
          <TitledTextList
            noun="section"
            field="narrative.sections"
            items={d.narrative.sections}
            onChange={(v) => setN('sections', v)}
            blank={{ title: '', text: '', holdsData: false }}
            errors={errors.fieldErrors}
            dataChoice={{
              label: 'The data from the registers follow this section’s text',
              hint: 'The data sections you pick below follow the text of the section marked.',
            }}
          />
        </div>
        <div className="card">
          <h2>Data from the registers (as at the data-as-at date)</h2>
          {PAPER_PART_KEYS.map((key) => {
            const part: PaperPartInfo = PAPER_PARTS[key];
            const field = part.field as keyof PaperSections;
            if (part.choose === 'yes/no')
              return (
                <label key={key} className="check">
                  <input type="checkbox" checked={d.sections[field] === true} onChange={(e) => setS(field, e.target.checked)} /> {part.label}
                </label>
              );
            const chosen = d.sections[field];
            return (
              <Field key={key} label={part.label} error={errors.fieldErrors[`sections.${field}`]}>
                {(p) => (
                  <select {...p} value={typeof chosen === 'number' ? chosen : ''} onChange={(e) => setS(field, e.target.value ? Number(e.target.value) : null)}>
                    <option value="">Not in this paper</option>
                    {programmes.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            );
          })}
          {PAPER_PART_KEYS.map((key) => {
            const appendix: PaperPartInfo['appendix'] = PAPER_PARTS[key].appendix;
            if (!appendix) return null;
            const field = appendix.field as keyof PaperSections;
            return (
              <label key={`${key}-appendix`} className="check">
                <input type="checkbox" checked={d.sections[field] === true} onChange={(e) => setS(field, e.target.checked)} /> {appendix.label}
              </label>
            );
          })}
        </div>
        <div className="card">
          {AFTER.map((n) => (
            <Field key={n.key} label={n.label} hint={n.hint} error={errors.fieldErrors[`narrative.${n.key}`]}>
              {(p) => <textarea {...p} rows={n.rows ?? 3} value={d.narrative[n.key]} onChange={(e) => setN(n.key, e.target.value)} />}
            </Field>
          ))}
        </div>
        <div className="card">
          <h2>Your own appendices</h2>
          <p className="hint">They follow the appendices of data you pick above, numbered on from them.</p>
          <TitledTextList
            noun="appendix"
            field="narrative.appendices"
            items={d.narrative.appendices}
            onChange={(v) => setN('appendices', v)}
            blank={{ title: '', text: '' }}
            errors={errors.fieldErrors}
          />
        </div>
        <div className="card">
          <h2>Corporate and strategic implications</h2>
          <p className="hint">Leave blank where there are none: the paper says “None.”</p>
          <div className="row2">
            {IMPLICATION_KEYS.map((k) => (
              <Field key={k} label={`${IMPLICATIONS[k]} implications`} error={errors.fieldErrors[`narrative.implications.${k}`]}>
                {(p) => <textarea {...p} rows={2} value={d.narrative.implications[k]} onChange={(e) => setI(k, e.target.value)} />}
              </Field>
            ))}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {saved ? 'Save paper' : 'Create paper'}
          </button>
          <ErrorSummary summary={errors.summary} />
        </div>
      </form>
    </section>
  );
}
