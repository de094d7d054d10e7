import { useState, type FormEvent } from 'react';
import type { MatrixCourse, MatrixPerson } from '../../shared/contract';
import { formatDateLong } from '../../shared/domain/dates';
import { TRAINING_STATUS_LABELS } from '../../shared/domain/training';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText, toDateText } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { PanelHead, PanelTabs } from '../components/PanelParts';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';

/** What a cell's status means, in a sentence. */
function cellSentence(person: MatrixPerson, course: MatrixCourse, index: number): string {
  const cell = person.cells[index]!;
  const when = cell.date ? formatDateLong(cell.date) : '';
  switch (cell.status) {
    case 'in_date':
      return when ? `In date until ${when}.` : 'Done: this course is needed once only.';
    case 'due_soon':
      return `In date until ${when}: due again soon.`;
    case 'expired':
      return `Expired on ${when}.`;
    case 'due':
      return `Not done yet: due by ${when}.`;
    case 'missing':
      return `Not done, and past the deadline.`;
    case 'waived':
      return 'Waived on this date.';
    case 'not_required':
      return `${person.jobRoleName ?? 'Someone without a job role'} does not need ${course.name}.`;
  }
}

/** One person x course cell: its status, and forms to record a completion or agree a waiver. */
export function CellPanel({
  person,
  course,
  index,
  onSaved,
  onClose,
}: {
  person: MatrixPerson;
  course: MatrixCourse;
  index: number;
  onSaved(): void;
  onClose(): void;
}) {
  const { info, settings } = useAppData();
  const toast = useToast();
  const [form, setForm] = useState<'complete' | 'waive'>('complete');
  const [done, setDone] = useState({ dateCompleted: toDateText(info.today), expiryDate: '', evidence: '' });
  const [waiver, setWaiver] = useState({ reason: '', until: '', agreedBy: settings.userName });
  const errors = useFormErrors(['dateCompleted', 'expiryDate', 'evidence', 'reason', 'until', 'agreedBy']);
  const cell = person.cells[index]!;

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      if (form === 'complete') {
        const saved = await call('training.record', {
          personId: person.id,
          courseId: course.id,
          dateCompleted: fromDateText(done.dateCompleted) ?? '',
          expiryDate: fromDateText(done.expiryDate),
          evidence: done.evidence,
        });
        toast(
          'info',
          `${person.name}: ${course.name} recorded as done on ${formatDateLong(saved.dateCompleted)}${saved.expiryDate ? `, in date until ${formatDateLong(saved.expiryDate)}` : ''}.`,
        );
      } else {
        const saved = await call('training.waive', {
          personId: person.id,
          courseId: course.id,
          reason: waiver.reason,
          until: fromDateText(waiver.until) ?? '',
          agreedBy: waiver.agreedBy,
        });
        toast('info', `${person.name}: ${course.name} waived until ${formatDateLong(saved.until)}.`);
      }
      onSaved();
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <aside className="panel" aria-label={`${person.name}: ${course.name}`}>
      <PanelHead title={`${person.name}: ${course.name}`} onClose={onClose}>
        <p className="small muted">
          {[person.teamName, person.jobRoleName].filter(Boolean).join(' · ') || 'No team or job role'}
          {course.mandatory ? ' · mandatory course' : ''}
        </p>
      </PanelHead>
      <PanelTabs<'complete' | 'waive'> label="What to record" tabs={{ complete: 'Record a completion', waive: 'Waive' }} current={form} onChange={setForm} />
      <div className="panel-body" role="tabpanel">
        <p>
          <span className={`status-chip status-${cell.status}`}>{TRAINING_STATUS_LABELS[cell.status]}</span> {cellSentence(person, course, index)}
        </p>
        <form onSubmit={submit} noValidate>
          {errors.formError && (
            <div className="error-banner" role="alert">
              {errors.formError}
            </div>
          )}
          {form === 'complete' ? (
            <>
              <Field label="Date completed" hint="For example 31/03/2027" error={errors.fieldErrors.dateCompleted}>
                {(p) => <input {...p} className="narrow" value={done.dateCompleted} onChange={(e) => setDone({ ...done, dateCompleted: e.target.value })} />}
              </Field>
              <Field label="Expiry date" hint="Leave blank to work it out from the course" error={errors.fieldErrors.expiryDate}>
                {(p) => <input {...p} className="narrow" value={done.expiryDate} onChange={(e) => setDone({ ...done, expiryDate: e.target.value })} />}
              </Field>
              <Field label="Evidence" hint="Where the certificate is kept" error={errors.fieldErrors.evidence}>
                {(p) => <input {...p} value={done.evidence} onChange={(e) => setDone({ ...done, evidence: e.target.value })} />}
              </Field>
            </>
          ) : (
            <>
              <Field label="Reason" error={errors.fieldErrors.reason}>
                {(p) => <textarea {...p} rows={3} value={waiver.reason} onChange={(e) => setWaiver({ ...waiver, reason: e.target.value })} />}
              </Field>
              <Field label="Waived until" hint="For example 31/03/2027" error={errors.fieldErrors.until}>
                {(p) => <input {...p} className="narrow" value={waiver.until} onChange={(e) => setWaiver({ ...waiver, until: e.target.value })} />}
              </Field>
              <Field label="Agreed by" error={errors.fieldErrors.agreedBy}>
                {(p) => <input {...p} value={waiver.agreedBy} onChange={(e) => setWaiver({ ...waiver, agreedBy: e.target.value })} />}
              </Field>
            </>
          )}
          <FormActions submit={form === 'complete' ? 'Record completion' : 'Agree waiver'} onCancel={onClose} />
          {errors.summary && (
            <p className="error-text" role="status">
              {errors.summary}
            </p>
          )}
        </form>
      </div>
    </aside>
  );
}
