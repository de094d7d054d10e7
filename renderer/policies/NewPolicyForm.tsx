import { useState, type FormEvent } from 'react';
import type { PolicyDetail } from '../../shared/contract';
import {
  DEFAULT_REVIEW_MONTHS,
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABELS,
  POLICY_STAGES,
  POLICY_STAGE_LABELS,
  isInForce,
  type PolicyStage,
} from '../../shared/domain/policies';
import { call } from '../api';
import { useAppData } from '../AppData';
import { Field, fromDateText } from '../components/Field';
import { useFormErrors } from '../useFormErrors';
import { FormActions } from '../components/FormActions';

export function NewPolicyForm({ onCreated, onCancel }: { onCreated(p: PolicyDetail): void; onCancel(): void }) {
  const { people } = useAppData();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('other');
  const [ownerId, setOwnerId] = useState('');
  const [stage, setStage] = useState<PolicyStage>('identified_missing');
  const [approvalDate, setApprovalDate] = useState('');
  const [period, setPeriod] = useState(String(DEFAULT_REVIEW_MONTHS));
  const errors = useFormErrors(['title', 'category', 'ownerId', 'stage', 'approvalDate', 'reviewPeriodMonths']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    try {
      onCreated(
        await call('policies.create', {
          title,
          category: category as never,
          ownerId: ownerId ? Number(ownerId) : null,
          stage,
          approvalDate: isInForce(stage) ? fromDateText(approvalDate) : null,
          reviewPeriodMonths: Number(period),
        }),
      );
    } catch (err) {
      errors.show(err);
    }
  }
  return (
    <aside className="panel" aria-label="New policy">
      <header className="panel-head">
        <h2>New policy</h2>
        <button type="button" className="close" aria-label="Close panel (Esc)" onClick={onCancel}>
          ×
        </button>
      </header>
      <form className="panel-body" onSubmit={submit} noValidate>
        {errors.formError && (
          <div className="error-banner" role="alert">
            {errors.formError}
          </div>
        )}
        <Field label="Title" error={errors.fieldErrors.title}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <div className="row2">
          <Field label="Category" error={errors.fieldErrors.category}>
            {(p) => (
              <select {...p} value={category} onChange={(e) => setCategory(e.target.value)}>
                {POLICY_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {POLICY_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Owner" error={errors.fieldErrors.ownerId}>
            {(p) => (
              <select {...p} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
                <option value="">No owner</option>
                {people
                  .filter((x) => x.active)
                  .map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        </div>
        <div className="row2">
          <Field label="Stage" error={errors.fieldErrors.stage}>
            {(p) => (
              <select {...p} value={stage} onChange={(e) => setStage(e.target.value as PolicyStage)}>
                {POLICY_STAGES.filter((s) => s !== 'extended').map((s) => (
                  <option key={s} value={s}>
                    {POLICY_STAGE_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Review period (months)" error={errors.fieldErrors.reviewPeriodMonths}>
            {(p) => <input {...p} type="number" value={period} onChange={(e) => setPeriod(e.target.value)} />}
          </Field>
        </div>
        {isInForce(stage) && (
          <Field label="Approval date" hint="dd/mm/yyyy: for a policy already in force" error={errors.fieldErrors.approvalDate}>
            {(p) => <input {...p} value={approvalDate} onChange={(e) => setApprovalDate(e.target.value)} />}
          </Field>
        )}
        <FormActions submit="Add policy" onCancel={onCancel} />
      </form>
    </aside>
  );
}
