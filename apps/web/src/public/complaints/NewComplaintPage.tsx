import { COMPLAINT_CATEGORIES, type ComplaintCategory, isValidMobile } from '@tuoyu/domain';
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useParentSession } from '../bookings/session';
import '../supervision/messages';
import '../pages.css';
import './complaints.css';
import { useFileComplaint, useMyCommittees, useProviderSearch } from './queries';
import { catKey } from './shared';

/**
 * 投诉举报 (phone first): the provider from the directory or typed, a category, what happened, an
 * optional mobile or anonymous; a parent committee member may file on the committee's behalf.
 * The answer is the tracking code, shown big with a copy button.
 */
export function NewComplaintPage() {
  const t = useT();
  useDocumentTitle(t('common.fileAComplaint'));
  const id = useId();
  const [params] = useSearchParams();
  const presetId = Number(params.get('providerId')) || null;
  const presetName = params.get('providerName') ?? '';
  const [provider, setProvider] = useState<{ id: number; name: string } | null>(
    presetId ? { id: presetId, name: presetName } : null,
  );
  const [typed, setTyped] = useState('');
  const [category, setCategory] = useState<ComplaintCategory | null>(null);
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [mobile, setMobile] = useState('');
  const [onBehalf, setOnBehalf] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const search = useProviderSearch(provider ? '' : typed);
  const session = useParentSession();
  const committees = useMyCommittees(session.state === 'parent');
  const committee = provider ? committees.data?.items.find((c) => c.providerId === provider.id) : undefined;

  const file = useFileComplaint();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!provider && typed.trim().length < 2) return setError(t('pc.new.errorProvider'));
    if (!category || description.trim().length < 10) return setError(t('pc.new.errorRequired'));
    if (!anonymous && mobile.trim() && !isValidMobile(mobile.trim()))
      return setError(t('pc.new.errorMobile'));
    setError(null);
    file.mutate({
      ...(provider ? { providerId: provider.id } : { providerName: typed.trim() }),
      category,
      description: description.trim(),
      anonymous,
      ...(!anonymous && mobile.trim() ? { contactMobile: mobile.trim() } : {}),
      ...(committee && onBehalf ? { onBehalfOfCommittee: true } : {}),
    });
  };

  if (file.data) return <Filed code={file.data.trackingCode} onAnother={() => window.location.reload()} />;

  const hits = search.data?.items ?? [];
  return (
    <div className="pp-page pcm">
      <section className="pub-hero">
        <h1>{t('common.fileAComplaint')}</h1>
        <p>{t('pc.new.lead')}</p>
        <p className="pcm-links">
          <Link to="/complaints/track">{t('common.trackAComplaint')}</Link> ·{' '}
          <Link to="/complaints/stats">{t('common.complaintStatistics')}</Link>
        </p>
      </section>
      <form className="pub-card pcm-form" onSubmit={submit} noValidate>
        <div className="pcm-field">
          <label htmlFor={`${id}-provider`}>{t('common.providerComplainedOf')}</label>
          {provider ? (
            <p className="pcm-chosen">
              <strong>{t('pc.new.chosen', { name: provider.name || `#${provider.id}` })}</strong>{' '}
              <button type="button" className="pp-button-secondary" onClick={() => setProvider(null)}>
                {t('pc.new.change')}
              </button>
            </p>
          ) : (
            <>
              <input
                id={`${id}-provider`}
                value={typed}
                autoComplete="off"
                maxLength={100}
                placeholder={t('common.providerName')}
                aria-describedby={`${id}-provider-hint`}
                onChange={(e) => setTyped(e.target.value)}
              />
              <p id={`${id}-provider-hint`} className="pcm-hint">
                {t('pc.new.providerHint')}
              </p>
              {typed.trim().length >= 2 &&
                (search.isFetching ? (
                  <p className="pcm-hint">{t('pc.new.searching')}</p>
                ) : hits.length > 0 ? (
                  <ul className="pcm-hits">
                    {hits.map((h) => (
                      <li key={h.id}>
                        <button type="button" onClick={() => setProvider({ id: h.id, name: h.name })}>
                          <strong>{h.name}</strong>
                          <span>
                            {h.divisionName} · {h.address}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  search.data && <p className="pcm-hint">{t('pc.new.noMatch')}</p>
                ))}
            </>
          )}
        </div>

        <fieldset className="pcm-field">
          <legend>{t('pc.new.category')}</legend>
          <div className="pcm-cats">
            {COMPLAINT_CATEGORIES.map((c) => (
              <label key={c} className={category === c ? 'pcm-cat pcm-cat-on' : 'pcm-cat'}>
                <input
                  type="radio"
                  name="category"
                  value={c}
                  checked={category === c}
                  onChange={() => setCategory(c)}
                />
                {t(catKey(c))}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="pcm-field">
          <label htmlFor={`${id}-desc`}>{t('common.whatHappened')}</label>
          <textarea
            id={`${id}-desc`}
            rows={6}
            maxLength={2000}
            value={description}
            aria-describedby={`${id}-desc-hint`}
            onChange={(e) => setDescription(e.target.value)}
          />
          <p id={`${id}-desc-hint`} className="pcm-hint">
            {t('pc.new.descriptionHint')}
          </p>
        </div>

        {committee && (
          <div className="pcm-field pcm-check">
            <label>
              <input type="checkbox" checked={onBehalf} onChange={(e) => setOnBehalf(e.target.checked)} />
              {t('pc.new.committee', { name: committee.name })}
            </label>
            <p className="pcm-hint">{t('pc.new.committeeHint')}</p>
          </div>
        )}

        <div className="pcm-field pcm-check">
          <label>
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            {t('pc.new.anonymous')}
          </label>
          <p className="pcm-hint">{t('pc.new.anonymousHint')}</p>
        </div>

        {!anonymous && (
          <div className="pcm-field">
            <label htmlFor={`${id}-mobile`}>{t('pc.new.mobile')}</label>
            <input
              id={`${id}-mobile`}
              inputMode="numeric"
              autoComplete="tel"
              maxLength={11}
              value={mobile}
              aria-describedby={`${id}-mobile-hint`}
              onChange={(e) => setMobile(e.target.value)}
            />
            <p id={`${id}-mobile-hint`} className="pcm-hint">
              {t('pc.new.mobileHint')}
            </p>
          </div>
        )}

        {(error || file.isError) && (
          <p className="pcm-error" role="alert">
            {error ?? (file.error instanceof ApiError ? errorMessage(file.error) : t('common.networkError'))}
          </p>
        )}
        <button type="submit" className="pub-button pcm-submit" disabled={file.isPending}>
          {file.isPending ? t('pc.new.submitting') : t('pc.new.submit')}
        </button>
      </form>
    </div>
  );
}

function Filed({ code, onAnother }: { code: string; onAnother: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Clipboard refused (insecure context): the code stays on screen to write down.
    }
  };
  return (
    <div className="pp-page pcm">
      <section className="pub-card pcm-done" aria-live="polite">
        <p className="pcm-done-mark" aria-hidden="true">
          ✓
        </p>
        <h1>{t('pc.done.title')}</h1>
        <p>{t('pc.done.lead')}</p>
        <p className="pcm-code" data-testid="tracking-code">
          {code}
        </p>
        <p className="pcm-done-actions">
          <button type="button" className="pub-button" onClick={() => void copy()}>
            {copied ? `✓ ${t('pc.done.copied')}` : t('pc.done.copy')}
          </button>
          <Link className="pp-button-secondary" to={`/complaints/track?code=${encodeURIComponent(code)}`}>
            {t('pc.done.track')}
          </Link>
        </p>
        <p>
          <button type="button" className="pcm-linkish" onClick={onAnother}>
            {t('pc.done.another')}
          </button>
        </p>
      </section>
    </div>
  );
}
