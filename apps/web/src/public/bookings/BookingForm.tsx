import { useMutation } from '@tanstack/react-query';
import type { Booking, BookingBody } from '@tuoyu/contracts';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { todayInBeijing } from './format';

type Field = keyof BookingBody;

/** The child's name and date of birth for one slot; the server's answer (409 full, 422 age) shown as it says it. */
export function BookingForm({
  slotId,
  title,
  onBooked,
  onCancel,
  onConflict,
}: {
  slotId: number;
  title: string;
  onBooked: (booking: Booking) => void;
  onCancel: () => void;
  /** The slot filled up or changed meanwhile: refresh the list. */
  onConflict: () => void;
}) {
  const t = useT();
  const id = useId();
  const [childName, setChildName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});

  const book = useMutation({
    mutationFn: (body: BookingBody) => api.post<Booking>(`/api/slots/${slotId}/bookings`, body),
    onSuccess: onBooked,
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) onConflict();
    },
  });
  const serverErrors = book.error instanceof ApiError ? book.error.fieldErrors : [];
  const fieldError = (field: Field) => serverErrors.find((e) => e.path === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = childName.trim();
    const next = { childName: !name, birthDate: !birthDate };
    setMissing(next);
    if (next.childName || next.birthDate) return;
    book.mutate({ childName: name, birthDate });
  };

  const label = {
    childName: t('booking.form.childName'),
    birthDate: t('booking.form.birthDate'),
  };
  const hint = (field: Field) =>
    missing[field] ? t('booking.form.required', { label: label[field] }) : fieldError(field);

  return (
    <form className="bk-form" onSubmit={submit} noValidate aria-label={title}>
      {(['childName', 'birthDate'] as const).map((field) => (
        <div className="pp-field" key={field}>
          <label htmlFor={`${id}-${field}`}>{label[field]}</label>
          <input
            id={`${id}-${field}`}
            type={field === 'birthDate' ? 'date' : 'text'}
            autoComplete="off"
            maxLength={field === 'childName' ? 32 : undefined}
            max={field === 'birthDate' ? todayInBeijing() : undefined}
            value={field === 'childName' ? childName : birthDate}
            aria-invalid={!!hint(field)}
            aria-describedby={hint(field) ? `${id}-${field}-error` : undefined}
            onChange={(e) => {
              (field === 'childName' ? setChildName : setBirthDate)(e.target.value);
              setMissing((m) => ({ ...m, [field]: false }));
            }}
          />
          {hint(field) && (
            <p id={`${id}-${field}-error`} className="bk-field-error">
              {hint(field)}
            </p>
          )}
        </div>
      ))}
      <p className="pub-muted bk-hint">{t('booking.form.ageHint')}</p>
      {book.isError && (
        <div className="bk-alert bk-alert-error" role="alert">
          <strong>{t('booking.failed')}</strong>
          {!fieldError('childName') && !fieldError('birthDate') && <p>{errorMessage(book.error)}</p>}
        </div>
      )}
      <div className="bk-actions">
        <button type="submit" className="pub-button" disabled={book.isPending}>
          {book.isPending ? t('booking.form.submitting') : t('booking.form.submit')}
        </button>
        <button type="button" className="pp-button-secondary" onClick={onCancel}>
          {t('booking.form.cancel')}
        </button>
      </div>
    </form>
  );
}
