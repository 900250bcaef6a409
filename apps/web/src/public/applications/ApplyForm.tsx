import { useMutation } from '@tanstack/react-query';
import type { Application, ApplicationBody } from '@tuoyu/contracts';
import { SERVICE_FORM_NAMES, type ServiceForm } from '@tuoyu/domain';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api, errorMessage } from '../../shared/api';
import { useLang, useT } from '../../shared/i18n';
import { todayInBeijing } from '../bookings/format';
import { localName } from '../common/format';

type Field = 'childName' | 'birthDate' | 'desiredStart' | 'serviceForm' | 'note';
const REQUIRED = ['childName', 'birthDate', 'desiredStart', 'serviceForm'] as const;

/** The application form; the server's field errors (age, service form, date, 409 duplicate) shown next to the fields. */
export function ApplyForm({
  providerId,
  serviceForms,
  onApplied,
  onCancel,
}: {
  providerId: number;
  serviceForms: readonly ServiceForm[];
  onApplied: (application: Application) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({
    childName: '',
    birthDate: '',
    desiredStart: '',
    serviceForm: serviceForms.length === 1 ? (serviceForms[0] ?? '') : '',
    note: '',
  });
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});

  const apply = useMutation({
    mutationFn: (body: ApplicationBody) =>
      api.post<Application>(`/api/public/providers/${providerId}/applications`, body),
    onSuccess: onApplied,
  });
  const serverErrors = apply.error instanceof ApiError ? apply.error.fieldErrors : [];
  const fieldError = (field: Field) => serverErrors.find((e) => e.path === field)?.message;
  const placed = serverErrors.some(
    (e) => (REQUIRED as readonly string[]).includes(e.path) || e.path === 'note',
  );

  const label: Record<Field, string> = {
    childName: t('apply.form.childName'),
    birthDate: t('common.dateOfBirth'),
    desiredStart: t('apply.form.desiredStart'),
    serviceForm: t('common.typeOfCare'),
    note: t('apply.form.note'),
  };
  const hint = (field: Field) =>
    missing[field] ? t('apply.form.required', { label: label[field] }) : fieldError(field);
  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setMissing((m) => ({ ...m, [field]: false }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const childName = values.childName.trim();
    const next: Partial<Record<Field, boolean>> = {
      childName: !childName,
      birthDate: !values.birthDate,
      desiredStart: !values.desiredStart,
      serviceForm: !values.serviceForm,
    };
    setMissing(next);
    if (REQUIRED.some((f) => next[f])) return;
    const note = values.note.trim();
    apply.mutate({
      childName,
      birthDate: values.birthDate,
      desiredStart: values.desiredStart,
      serviceForm: values.serviceForm as ServiceForm,
      ...(note ? { note } : {}),
    });
  };

  const a11y = (field: Field) => ({
    id: `${id}-${field}`,
    'aria-invalid': !!hint(field),
    'aria-describedby': hint(field) ? `${id}-${field}-error` : undefined,
  });
  const error = (field: Field) =>
    hint(field) && (
      <p id={`${id}-${field}-error`} className="bk-field-error">
        {hint(field)}
      </p>
    );
  const today = todayInBeijing();

  return (
    <form className="bk-form ap-form" onSubmit={submit} noValidate aria-label={t('apply.form.title')}>
      <div className="pp-field">
        <label htmlFor={`${id}-childName`}>{label.childName}</label>
        <input
          {...a11y('childName')}
          type="text"
          autoComplete="off"
          maxLength={32}
          value={values.childName}
          onChange={(e) => set('childName')(e.target.value)}
        />
        {error('childName')}
      </div>
      <div className="pp-field">
        <label htmlFor={`${id}-birthDate`}>{label.birthDate}</label>
        <input
          {...a11y('birthDate')}
          type="date"
          max={today}
          value={values.birthDate}
          onChange={(e) => set('birthDate')(e.target.value)}
        />
        {error('birthDate')}
      </div>
      <div className="pp-field">
        <label htmlFor={`${id}-desiredStart`}>{label.desiredStart}</label>
        <input
          {...a11y('desiredStart')}
          type="date"
          min={today}
          value={values.desiredStart}
          onChange={(e) => set('desiredStart')(e.target.value)}
        />
        {error('desiredStart')}
      </div>
      <p className="pub-muted bk-hint">{t('apply.form.ageHint')}</p>
      <div className="pp-field">
        <label htmlFor={`${id}-serviceForm`}>{label.serviceForm}</label>
        <select
          {...a11y('serviceForm')}
          value={values.serviceForm}
          onChange={(e) => set('serviceForm')(e.target.value)}
        >
          {serviceForms.length !== 1 && <option value="">{t('common.choose')}</option>}
          {serviceForms.map((form) => (
            <option key={form} value={form}>
              {localName(SERVICE_FORM_NAMES[form], lang)}
            </option>
          ))}
        </select>
        {error('serviceForm')}
      </div>
      <div className="pp-field">
        <label htmlFor={`${id}-note`}>{label.note}</label>
        <textarea
          {...a11y('note')}
          rows={3}
          maxLength={500}
          value={values.note}
          onChange={(e) => set('note')(e.target.value)}
        />
        {error('note')}
      </div>
      {apply.isError && (
        <div className="bk-alert bk-alert-error" role="alert">
          <strong>{t('apply.failed')}</strong>
          {!placed && <p>{errorMessage(apply.error)}</p>}
        </div>
      )}
      <div className="bk-actions">
        <button type="submit" className="pub-button" disabled={apply.isPending}>
          {apply.isPending ? t('apply.form.submitting') : t('apply.form.submit')}
        </button>
        <button type="button" className="pp-button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
