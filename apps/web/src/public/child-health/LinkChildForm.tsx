import { type FormEvent, useId, useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useLinkMyChild } from './queries';

/**
 * 关联孩子: a parent names their child by the birth certificate number or the resident ID, and the
 * birth date. The server matches the health record and checks the parent's mobile is a guardian's.
 */
export function LinkChildForm({ onLinked }: { onLinked?: () => void }) {
  const t = useT();
  const id = useId();
  const link = useLinkMyChild();
  const [number, setNumber] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = number.trim().toUpperCase();
    if (!value) return setProblem(t('chpub.link.numberRequired'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return setProblem(t('chpub.link.birthRequired'));
    setProblem(null);
    // An ID number is 18 characters (17 digits and a check character); a certificate number is shorter.
    const byId = /^\d{17}[\dX]$/.test(value);
    link.mutate(
      { birthDate, ...(byId ? { residentId: value } : { birthCertificateNo: value }) },
      {
        onSuccess: () => {
          setNumber('');
          setBirthDate('');
          onLinked?.();
        },
        onError: (e) =>
          setProblem(
            e instanceof ApiError && (e.status === 404 || e.status === 422)
              ? `${t('chpub.link.noMatch')} ${errorMessage(e)}`
              : errorMessage(e),
          ),
      },
    );
  };

  return (
    <form className="pub-card chpub-link-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('chpub.link.title')}</h2>
      <p className="chpub-hint">{t('chpub.link.lead')}</p>
      <div className="pp-field">
        <label htmlFor={`${id}-number`}>{t('chpub.link.number')}</label>
        <input
          id={`${id}-number`}
          autoComplete="off"
          maxLength={20}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          aria-describedby={`${id}-number-hint`}
        />
        <p id={`${id}-number-hint`} className="chpub-hint">
          {t('chpub.link.numberHint')}
        </p>
      </div>
      <div className="pp-field">
        <label htmlFor={`${id}-birth`}>{t('chpub.link.birthDate')}</label>
        <input
          id={`${id}-birth`}
          type="date"
          value={birthDate}
          onChange={(e) => setBirthDate(e.target.value)}
        />
      </div>
      {problem && (
        <p className="chpub-error" role="alert">
          {problem}
        </p>
      )}
      {link.isSuccess && !problem && (
        <p role="status" className="chpub-due-done">
          {t('chpub.link.done')}
        </p>
      )}
      <button type="submit" className="pub-button" disabled={link.isPending}>
        {t('chpub.link.submit')}
      </button>
    </form>
  );
}
