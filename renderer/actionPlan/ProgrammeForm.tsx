import { useState, type FormEvent } from 'react';
import type { Programme } from '../../shared/contract';
import { call } from '../api';
import { Field, fromDateText, toDateText } from '../components/Field';
import { useFormErrors } from '../useFormErrors';
import { FormActions } from '../components/FormActions';

interface Props {
  programme?: Programme;
  onSaved(p: Programme): void;
  onCancel?: () => void;
}

export function ProgrammeForm({ programme, onSaved, onCancel }: Props) {
  const [code, setCode] = useState(programme?.code ?? '');
  const [name, setName] = useState(programme?.name ?? '');
  const [source, setSource] = useState(programme?.source ?? '');
  const [reviewDate, setReviewDate] = useState(toDateText(programme?.reviewDate));
  const [description, setDescription] = useState(programme?.description ?? '');
  const errors = useFormErrors(['code', 'name', 'source', 'reviewDate', 'description']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const fields = { code, name, source, reviewDate: fromDateText(reviewDate), description };
    try {
      if (programme) {
        const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== (programme as unknown as Record<string, unknown>)[k]));
        onSaved(Object.keys(patch).length ? await call('programmes.update', { id: programme.id, patch }) : programme);
      } else {
        onSaved(await call('programmes.create', fields));
      }
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <form className="card form-card" onSubmit={submit} noValidate aria-label={programme ? 'Edit programme' : 'New programme'}>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <div className="row2">
        <Field label="Short code" hint="Used in references and file names, e.g. RFP" error={errors.fieldErrors.code}>
          {(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} className="narrow" />}
        </Field>
        <Field label="Name" error={errors.fieldErrors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
      </div>
      <div className="row2">
        <Field label="Source or reviewer" hint="Who made the recommendations" error={errors.fieldErrors.source}>
          {(p) => <input {...p} value={source} onChange={(e) => setSource(e.target.value)} />}
        </Field>
        <Field label="Date of review" hint="dd/mm/yyyy" error={errors.fieldErrors.reviewDate}>
          {(p) => <input {...p} value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />}
        </Field>
      </div>
      <Field label="Description" error={errors.fieldErrors.description}>
        {(p) => <textarea {...p} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <FormActions submit={programme ? 'Save programme' : 'Create programme'} onCancel={onCancel} />
    </form>
  );
}
