import { useQuery } from '@tanstack/react-query';
import type { FilingStatus } from '@tuoyu/contracts';
import { Link, useParams } from 'react-router';
import { api } from '../../shared/api';
import { type MessageKey, useLang, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { formatLongDate } from '../common/format';
import { useDemoFlag } from '../common/queries';
import { DemoNotice, ErrorState, LoadingState } from '../common/StateBlocks';
import { isFilingNumber, normalizeFilingNumber } from './filingNumber';
import { VerifyForm } from './VerifyForm';
import '../pages.css';
import './verify.css';

/** `GET /api/public/filings/:filingNumber` (contracts: PublicFilingCheck; its zod schema stays server-side). */
interface FilingCheckResult {
  valid: boolean;
  filingNumber: string;
  providerName: string | null;
  filedAt: string | null;
  status: FilingStatus | null;
}

const STATUS_KEYS: Record<FilingStatus, MessageKey> = {
  draft: 'find.filingStatus.draft',
  submitted: 'find.filingStatus.submitted',
  returned: 'find.filingStatus.returned',
  filed: 'common.registered',
  change_submitted: 'find.filingStatus.change_submitted',
  suspended: 'find.filingStatus.suspended',
  deregistered: 'find.filingStatus.deregistered',
};

/**
 * 备案核验: what the QR code on a printed filing receipt opens (`/verify/150802-2026-0001`), or a
 * box to type the number (`/verify`). The answer is one big ✓ 有效 or ✗ 无效.
 */
export function VerifyPage() {
  const t = useT();
  const { filingNumber: raw } = useParams();
  useDocumentTitle(t('find.verify.title'));
  const number = raw ? normalizeFilingNumber(raw) : '';
  const demo = useDemoFlag();

  return (
    <div className="pp-page pvf">
      <section className="pub-hero">
        <h1>{t('find.verify.title')}</h1>
        {!raw && <p>{t('find.verify.lead')}</p>}
        {demo && <DemoNotice />}
      </section>
      {raw ? (
        <>
          <VerifyResult number={number} />
          <section className="pub-card pvf-again" aria-labelledby="pvf-again-title">
            <h2 id="pvf-again-title">{t('find.verify.another')}</h2>
            <VerifyForm key={number} />
          </section>
        </>
      ) : (
        <div className="pub-card">
          <VerifyForm />
        </div>
      )}
    </div>
  );
}

function VerifyResult({ number }: { number: string }) {
  const t = useT();
  const lang = useLang();
  const wellFormed = isFilingNumber(number);
  const check = useQuery({
    queryKey: ['public', 'filing-check', number],
    queryFn: ({ signal }) =>
      api.get<FilingCheckResult>(`/api/public/filings/${encodeURIComponent(number)}`, undefined, signal),
    enabled: wellFormed,
  });

  if (wellFormed && check.isPending) return <LoadingState>{t('find.verify.loading')}</LoadingState>;
  if (wellFormed && check.isError) {
    return (
      <ErrorState message={t('find.verify.error')} error={check.error} onRetry={() => void check.refetch()} />
    );
  }
  const result = wellFormed ? check.data : undefined;
  const valid = result?.valid === true;
  const reason = !wellFormed
    ? t('find.verify.badFormatBody')
    : !result?.providerName
      ? t('find.verify.notFoundBody')
      : valid
        ? t('find.verify.validBody')
        : t('find.verify.notCurrentBody');

  return (
    <section
      className={valid ? 'pvf-result pvf-valid' : 'pvf-result pvf-invalid'}
      aria-labelledby="pvf-verdict"
      aria-live="polite"
    >
      <p id="pvf-verdict" className="pvf-verdict">
        <span className="pvf-mark" aria-hidden="true">
          {valid ? '✓' : '✗'}
        </span>
        {valid ? t('find.verify.valid') : t('find.verify.invalid')}
      </p>
      <p className="pvf-reason">{reason}</p>
      <dl className="pvf-facts">
        <div>
          <dt>{t('find.verify.label')}</dt>
          <dd>{number}</dd>
        </div>
        {result?.providerName && (
          <div>
            <dt>{t('common.providerNameLabel')}</dt>
            <dd>{result.providerName}</dd>
          </div>
        )}
        {result?.filedAt && (
          <div>
            <dt>{t('find.verify.filedAt')}</dt>
            <dd>{formatLongDate(lang, result.filedAt)}</dd>
          </div>
        )}
        {result?.status && (
          <div>
            <dt>{t('find.verify.status')}</dt>
            <dd>{t(STATUS_KEYS[result.status])}</dd>
          </div>
        )}
      </dl>
      {valid && result?.providerName && (
        <p>
          <Link className="pub-button" to={`/find?q=${encodeURIComponent(result.providerName)}`}>
            {t('find.verify.findProvider')}
          </Link>
        </p>
      )}
    </section>
  );
}
