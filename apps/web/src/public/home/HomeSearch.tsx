import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n';

/** The home page's search box: straight to 找托育 with the words typed (`/find?q=…`). */
export function HomeSearch() {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = q.trim();
    void navigate(words ? `/find?q=${encodeURIComponent(words)}` : '/find');
  };
  return (
    <search className="pub-home-search">
      <form onSubmit={submit}>
        <label htmlFor={`${id}-q`}>{t('find.home.searchLabel')}</label>
        <div className="pub-home-search-row">
          <input
            id={`${id}-q`}
            type="search"
            enterKeyHint="search"
            maxLength={64}
            value={q}
            placeholder={t('common.providerNameOrAddress')}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit" className="pub-button">
            {t('common.findChildcare')}
          </button>
        </div>
      </form>
    </search>
  );
}
