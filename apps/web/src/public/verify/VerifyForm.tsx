import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n';
import { isFilingNumber, normalizeFilingNumber } from './filingNumber';

/** Type a filing number from the receipt and check it. */
export function VerifyForm({ initial = '' }: { initial?: string }) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = normalizeFilingNumber(value);
    if (!isFilingNumber(number)) {
      setError(true);
      return;
    }
    setError(false);
    void navigate(`/verify/${encodeURIComponent(number)}`);
  };

  return (
    <form className="pvf-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-number`}>{t('find.verify.label')}</label>
      <div className="pvf-row">
        <input
          id={`${id}-number`}
          inputMode="numeric"
          autoComplete="off"
          maxLength={32}
          value={value}
          placeholder={t('find.verify.placeholder')}
          aria-invalid={error}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setValue(e.target.value);
            setError(false);
          }}
        />
        <button type="submit" className="pub-button">
          {t('find.verify.submit')}
        </button>
      </div>
      <p
        id={`${id}-hint`}
        className={error ? 'pvf-hint pvf-hint-error' : 'pvf-hint'}
        role={error ? 'alert' : undefined}
      >
        {t('find.verify.formatHint')}
      </p>
    </form>
  );
}
