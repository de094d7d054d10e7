import { useState } from 'react';
import { ApiError } from './api';
import { labelOfField } from '../shared/domain/fieldLabels';

/**
 * Keeps the last error of a form: an error about one of the form's own fields goes next to that
 * field; anything else (another field, no field) goes on top of the form, so none is lost.
 */
export function useFormErrors(fields: readonly string[]) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    fieldErrors,
    formError,
    clear() {
      setFieldErrors({});
      setFormError(null);
    },
    show(e: unknown) {
      if (e instanceof ApiError && e.field && fields.includes(e.field)) {
        setFieldErrors({ [e.field]: e.message });
        setFormError(null);
      } else {
        setFieldErrors({});
        const field = e instanceof ApiError && e.field ? `${labelOfField(e.field)}: ` : '';
        setFormError(`${field}${(e as Error).message}`);
      }
    },
  };
}
