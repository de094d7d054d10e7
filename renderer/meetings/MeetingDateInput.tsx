import { parseUkDate } from '../../shared/domain/dates';
import { notAWorkingDayWarning } from '../../shared/domain/workingDays';

interface MeetingDateInputProps {
  /** what Field hands its control */
  field: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
  value: string;
  onChange(value: string): void;
}

/** A meeting's date box that asks, without refusing the date, when it falls on a weekend or a bank holiday. */
export function MeetingDateInput({ field, value, onChange }: MeetingDateInputProps) {
  const iso = parseUkDate(value);
  const warning = iso ? notAWorkingDayWarning(iso) : null;
  const warningId = `${field.id}-day-off`;
  const describedBy = [field['aria-describedby'], warning ? warningId : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input {...field} aria-describedby={describedBy} value={value} onChange={(e) => onChange(e.target.value)} />
      {warning && (
        <div className="field-warning" id={warningId} role="status">
          {warning}
        </div>
      )}
    </>
  );
}
