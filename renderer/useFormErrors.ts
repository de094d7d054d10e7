import { useState } from 'react';
import { ApiError } from './api';

/** Keeps the last error of a form: a field error goes next to its field, anything else on top. */
export function useFormErrors() {
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
      if (e instanceof ApiError && e.field) {
        setFieldErrors({ [e.field]: e.message });
        setFormError(null);
      } else {
        setFieldErrors({});
        setFormError((e as Error).message);
      }
    },
  };
}
