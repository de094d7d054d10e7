import { useState, type FormEvent } from 'react';
import type { Course, PolicyRow } from '../../shared/contract';
import { call } from '../api';
import { Field } from '../components/Field';
import { FormActions } from '../components/FormActions';
import { useFormErrors } from '../useFormErrors';

interface CourseValues {
  name: string;
  category: string;
  provider: string;
  refreshMonths: string;
  mandatory: boolean;
  policyId: string;
  policyRefreshDays: string;
}

const valuesOf = (c: Course | null): CourseValues => ({
  name: c?.name ?? '',
  category: c?.category ?? '',
  provider: c?.provider ?? '',
  refreshMonths: c?.refreshMonths == null ? '' : String(c.refreshMonths),
  mandatory: c?.mandatory ?? false,
  policyId: c?.policyId ? String(c.policyId) : '',
  policyRefreshDays: String(c?.policyRefreshDays ?? 60),
});

/** Numbers as typed: blank is none, anything else is sent for main to check (and refuse by name). */
const numberOrText = (v: string) => (v.trim() === '' ? null : Number.isFinite(Number(v)) ? Number(v) : v);

const fieldsOf = (v: CourseValues) => ({
  name: v.name,
  category: v.category,
  provider: v.provider,
  refreshMonths: numberOrText(v.refreshMonths),
  mandatory: v.mandatory,
  policyId: v.policyId ? Number(v.policyId) : null,
  policyRefreshDays: numberOrText(v.policyRefreshDays) ?? 60,
});

/** Adds a course, or edits one (sending only what changed). */
export function CourseForm({
  course,
  policies,
  onSaved,
  onCancel,
}: {
  course: Course | null;
  policies: PolicyRow[];
  onSaved(c: Course): void;
  onCancel(): void;
}) {
  const [v, setV] = useState(valuesOf(course));
  const errors = useFormErrors(['name', 'category', 'provider', 'refreshMonths', 'mandatory', 'policyId', 'policyRefreshDays']);
  const set = (k: keyof CourseValues) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const fields = fieldsOf(v);
    try {
      if (!course) return onSaved(await call('courses.create', fields as never));
      const before: Record<string, unknown> = fieldsOf(valuesOf(course));
      const patch = Object.fromEntries(Object.entries(fields).filter(([k, x]) => x !== before[k]));
      onSaved(Object.keys(patch).length ? await call('courses.update', { id: course.id, patch }) : course);
    } catch (err) {
      errors.show(err);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-label={course ? `Edit ${course.name}` : 'Add a course'}>
      <h2>{course ? course.name : 'Add a course'}</h2>
      {errors.formError && (
        <div className="error-banner" role="alert">
          {errors.formError}
        </div>
      )}
      <Field label="Course" error={errors.fieldErrors.name}>
        {(p) => <input {...p} value={v.name} onChange={set('name')} />}
      </Field>
      <div className="two-col">
        <Field label="Category" hint="For example Safeguarding" error={errors.fieldErrors.category}>
          {(p) => <input {...p} value={v.category} onChange={set('category')} />}
        </Field>
        <Field label="Provider" error={errors.fieldErrors.provider}>
          {(p) => <input {...p} value={v.provider} onChange={set('provider')} />}
        </Field>
      </div>
      <Field label="Refresh every (months)" hint="Leave blank for a course done once only" error={errors.fieldErrors.refreshMonths}>
        {(p) => <input {...p} className="narrow" inputMode="numeric" value={v.refreshMonths} onChange={set('refreshMonths')} />}
      </Field>
      <label className="check">
        <input type="checkbox" checked={v.mandatory} onChange={(e) => setV({ ...v, mandatory: e.target.checked })} /> Mandatory (counted in the mandatory
        training figure)
      </label>
      <Field label="Policy it teaches" hint="A new version approved at committee means everyone must do it again" error={errors.fieldErrors.policyId}>
        {(p) => (
          <select {...p} value={v.policyId} onChange={set('policyId')}>
            <option value="">No policy</option>
            {policies.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {v.policyId && (
        <Field label="Days to redo after a policy change" error={errors.fieldErrors.policyRefreshDays}>
          {(p) => <input {...p} className="narrow" inputMode="numeric" value={v.policyRefreshDays} onChange={set('policyRefreshDays')} />}
        </Field>
      )}
      {course && course.refreshMonths !== fieldsOf(v).refreshMonths && (
        <p className="hint" role="status">
          Changing the interval works out again the expiry of every completion recorded without its own expiry date.
        </p>
      )}
      <FormActions submit={course ? 'Save course' : 'Add course'} onCancel={onCancel} />
    </form>
  );
}
