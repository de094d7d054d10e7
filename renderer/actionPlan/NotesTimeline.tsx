import { useState, type FormEvent } from 'react';
import type { RecommendationDetail } from '../../shared/contract';
import type { NoteVisibility } from '../../shared/domain/actionPlan';
import { formatDateLong } from '../../shared/domain/dates';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useToast } from '../components/Toast';
import { useFormErrors } from '../useFormErrors';

export function NotesTimeline({ detail, onChanged }: { detail: RecommendationDetail; onChanged(d: RecommendationDetail): void }) {
  const { info } = useAppData();
  const toast = useToast();
  const errors = useFormErrors(['noteDate', 'body', 'visibility']);
  const [noteDate, setNoteDate] = useState(toDateText(info.today));
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('internal');

  async function add(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      onChanged(await call('notes.create', { recommendationId: detail.id, noteDate: fromDateText(noteDate) ?? '', body, visibility }));
      setBody('');
      toast('info', 'Note added.');
    } catch (err) {
      errors.show(err);
    }
  }

  async function remove(id: number) {
    if (!window.confirm('Delete this note?')) return;
    try {
      onChanged(await call('notes.delete', { id }));
    } catch (err) {
      toast('error', (err as Error).message);
    }
  }

  return (
    <div>
      <form onSubmit={add} className="inline-form" noValidate aria-label="Add a progress note">
        <h3>Add a progress note</h3>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <div className="row2">
          <Field label="Date of note" hint="dd/mm/yyyy" error={errors.fieldErrors.noteDate}>
            {(p) => <input {...p} value={noteDate} onChange={(e) => setNoteDate(e.target.value)} />}
          </Field>
          <fieldset className="choice compact">
            <legend>Who may see it</legend>
            <label>
              <input type="radio" name="visibility" checked={visibility === 'internal'} onChange={() => setVisibility('internal')} /> Internal
            </label>
            <label>
              <input type="radio" name="visibility" checked={visibility === 'public'} onChange={() => setVisibility('public')} /> Public (may be quoted to
              residents)
            </label>
          </fieldset>
        </div>
        <Field label="Progress note" error={errors.fieldErrors.body}>
          {(p) => <textarea {...p} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
        <button type="submit">Add note</button>
      </form>
      <ol className="timeline" aria-label="Progress notes, newest first">
        {detail.notes.map((n) => (
          <li key={n.id}>
            <div className="timeline-head">
              <strong>{formatDateLong(n.noteDate)}</strong>{' '}
              <span className={`badge vis-${n.visibility}`}>{n.visibility === 'public' ? 'Public' : 'Internal'}</span> <span className="muted">{n.author}</span>
              <button type="button" className="link danger" onClick={() => remove(n.id)} aria-label={`Delete note of ${formatDateLong(n.noteDate)}`}>
                Delete
              </button>
            </div>
            <p className="note-body">{n.body}</p>
          </li>
        ))}
      </ol>
      {detail.notes.length === 0 && <p>No progress notes yet.</p>}
    </div>
  );
}
