import { beijingDateTime, type ComplaintStatus, formatTrackingCode, parseTrackingCode } from '@tuoyu/domain';
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { ErrorState, LoadingState } from '../common/StateBlocks';
import '../supervision/messages';
import '../pages.css';
import './complaints.css';
import { useComplaintTracking } from './queries';
import { outcomeKey, stepKey } from './shared';

/**
 * 投诉进度查询: the code (checked in the browser first, so a typo is told apart from an unknown
 * code without a request), then the status as a timeline with dates, the finding and the answer.
 */
export function TrackComplaintPage() {
  const t = useT();
  useDocumentTitle(t('common.trackAComplaint'));
  const id = useId();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') ?? '';
  const [value, setValue] = useState(code);
  const [mistyped, setMistyped] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTrackingCode(value);
    if (!parsed.ok) {
      setMistyped(true);
      return;
    }
    setMistyped(false);
    const formatted = formatTrackingCode(parsed.code);
    setValue(formatted);
    setParams({ code: formatted });
  };

  return (
    <div className="pp-page pcm">
      <section className="pub-hero">
        <h1>{t('common.trackAComplaint')}</h1>
        <p>{t('pc.track.lead')}</p>
      </section>
      <form className="pub-card pcm-form" onSubmit={submit} noValidate>
        <div>
          <label htmlFor={`${id}-code`} className="pcm-label">
            {t('common.trackingCode')}
          </label>
          <div className="pcm-row">
            <input
              id={`${id}-code`}
              className="pcm-code-input"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={24}
              placeholder="TS-XXXX-XXXX-XXXX"
              value={value}
              aria-invalid={mistyped}
              aria-describedby={`${id}-hint`}
              onChange={(e) => {
                setValue(e.target.value);
                setMistyped(false);
              }}
            />
            <button type="submit" className="pub-button">
              {t('pc.track.submit')}
            </button>
          </div>
        </div>
        {mistyped && (
          <p id={`${id}-hint`} className="pcm-error" role="alert">
            {t('pc.track.mistyped')}
          </p>
        )}
      </form>
      {code && parseTrackingCode(code).ok && <Result code={code} />}
      <p className="pcm-links">
        <Link to="/complaints/new">{t('pc.nav.new')}</Link> ·{' '}
        <Link to="/complaints/stats">{t('common.complaintStatistics')}</Link>
      </p>
    </div>
  );
}

const STEPS: ComplaintStatus[] = ['received', 'acknowledged', 'assigned', 'answered'];

function Result({ code }: { code: string }) {
  const t = useT();
  const q = useComplaintTracking(code);
  if (q.isPending) return <LoadingState>{t('pc.track.loading')}</LoadingState>;
  if (q.isError) {
    const status = q.error instanceof ApiError ? q.error.status : 0;
    if (status === 404 || status === 400)
      return (
        <p className="pub-card pcm-error" role="alert">
          {status === 404 ? t('pc.track.notFound') : t('pc.track.mistyped')}
        </p>
      );
    return <ErrorState message={t('pc.track.error')} error={q.error} onRetry={() => void q.refetch()} />;
  }
  const r = q.data;
  const reached = STEPS.indexOf(r.status);
  const dateOf: Record<ComplaintStatus, string | null> = {
    received: r.receivedAt,
    acknowledged: r.acknowledgedAt,
    assigned: null,
    answered: r.answeredAt,
  };
  // "核查中" is a step only when the case went through it or is in it now.
  const steps = STEPS.filter((s) => s !== 'assigned' || r.status === 'assigned');
  return (
    <section className="pub-card pcm-result" aria-labelledby="pcm-result-title" aria-live="polite">
      <h2 id="pcm-result-title">
        {t('pc.status')}：<span className={`pcm-status pcm-status-${r.status}`}>{t(stepKey(r.status))}</span>
      </h2>
      <ol className="pcm-timeline">
        {steps.map((s) => {
          const done = STEPS.indexOf(s) <= reached;
          const at = dateOf[s];
          return (
            <li key={s} className={done ? 'pcm-step pcm-step-done' : 'pcm-step'}>
              <span className="pcm-dot" aria-hidden="true" />
              <span className="pcm-step-name">{t(stepKey(s))}</span>
              <span className="pcm-step-date">
                {done ? (at ? beijingDateTime(at) : '') : t('pc.step.pending')}
              </span>
            </li>
          );
        })}
      </ol>
      {r.outcome && (
        <dl className="pcm-answer">
          <div>
            <dt>{t('common.finding')}</dt>
            <dd>
              <strong>{t(outcomeKey(r.outcome))}</strong>
            </dd>
          </div>
          {r.reply && (
            <div>
              <dt>{t('common.answer')}</dt>
              <dd>{r.reply}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
