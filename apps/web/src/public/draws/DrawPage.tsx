import '../supervision/messages';
import type { PublicDraw } from '@tuoyu/contracts';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { checksOf, DrawVerdict } from './DrawChecks';
import { DrawInputs } from './DrawInputs';
import { namesOf } from './drawNames';
import { beijingMinute, usePublicDraw } from './queries';
import '../pages.css';
import './draws.css';

const REASON: Record<string, MessageKey> = {
  results: 'common.everyResultRecorded',
  due: 'common.dueDatePassed',
  regulator: 'common.revealedEarly',
  legacy: 'common.publicFromPublication',
};

/**
 * 抽取公示记录: the commitment, the witness input and the frozen inputs of one plan; from the
 * reveal, the server seed, the seed and the selection, checked here in the browser with the same
 * code the server drew with (✓ for each of the three checks), and the rule in plain words with
 * every hash so a citizen can check by hand.
 */
export function DrawPage() {
  const t = useT();
  const id = Number(useParams().id);
  const draw = usePublicDraw(id);
  useDocumentTitle(draw.data?.planName ?? t('common.randomInspectionDraws'));

  if (draw.isPending) return <LoadingState>{t('app.loading')}</LoadingState>;
  if (draw.isError) {
    if (draw.error instanceof ApiError && draw.error.status === 404)
      return (
        <EmptyState
          asHeading
          message={t('pd.notFound')}
          action={<Link to="/draws">{t('pd.backToList')}</Link>}
        />
      );
    return <ErrorState message={t('pd.loadError')} error={draw.error} onRetry={() => void draw.refetch()} />;
  }
  return <DrawRecord rec={draw.data} />;
}

function DrawRecord({ rec }: { rec: PublicDraw }) {
  const t = useT();
  const { provider, inspector } = namesOf(rec);
  // Known from the reveal; a legacy plan (seed public from publication) is checkable once drawn.
  const seed = rec.revealed && rec.drawnAt ? rec.seed : null;
  const checks = useMemo(() => (seed === null ? null : checksOf(rec, seed)), [rec, seed]);
  const team = (s: { providerId: number; inspectorIds: number[] }) =>
    `${provider(s.providerId)}（${s.inspectorIds.map(inspector).join('、')}）`;

  return (
    <div className="pp-page pdr">
      <p className="pp-back">
        <Link to="/draws">← {t('pd.backToList')}</Link>
      </p>
      <section className="pub-hero">
        <h1>{rec.planName}</h1>
        <p className="pub-muted">
          {rec.divisionName} · {t('pd.publishedAt', { at: beijingMinute(rec.publishedAt) })}
          {rec.drawnAt && ` · ${t('pd.drawnAt', { at: beijingMinute(rec.drawnAt) })}`}
          {rec.revealedAt && ` · ${t('pd.revealedAt', { at: beijingMinute(rec.revealedAt) })}`}
        </p>
      </section>

      <DrawVerdict rec={rec} checks={checks} team={team} />

      <section className="pub-section">
        <h2>{t('pd.commitTitle')}</h2>
        <div className="pub-card">
          {rec.seedCommitment && (
            <p>
              <span className="pub-muted">{t('pd.commitment')}</span>
              <code className="pdr-code" data-testid="seed-commitment">
                {rec.seedCommitment}
              </code>
            </p>
          )}
          <p>
            <span className="pub-muted">{t('pd.witnessInput')}</span>
            {rec.witnessInput === null ? (
              <span className="pdr-code">{rec.drawnAt ? '—' : t('pd.notDrawn')}</span>
            ) : (
              <code className="pdr-code">{rec.witnessInput}</code>
            )}
            {rec.witnessName && (
              <span className="pub-muted">{t('pd.witnessName', { name: rec.witnessName })}</span>
            )}
          </p>
          {rec.seedCommitment && (
            <p>
              <span className="pub-muted">{t('pd.serverSeed')}</span>
              <code className="pdr-code">{rec.serverSeed ?? t('pd.notYet')}</code>
            </p>
          )}
          <p>
            <span className="pub-muted">{t('pd.seed')}</span>
            <code className="pdr-code">{seed ?? t('pd.notYet')}</code>
          </p>
          {rec.revealReason ? (
            <p className="pub-muted">
              {t('pd.revealedAt', { at: beijingMinute(rec.revealedAt) })} ·{' '}
              {t(REASON[rec.revealReason] ?? 'common.revealedEarly')}
            </p>
          ) : (
            <p className="pub-muted">{t('pd.revealWhen', { dueBy: rec.dueBy })}</p>
          )}
        </div>
      </section>

      {seed !== null && (
        <section className="pub-section">
          <h2>{t('common.drawSelection', { n: rec.selected.length })}</h2>
          {rec.selected.length === 0 ? (
            <p className="pub-muted">{t('common.noProviderDrawn')}</p>
          ) : (
            <ol className="pdr-selected">
              {rec.selected.map((s) => (
                <li key={s.providerId} className="pub-card">
                  <strong>{provider(s.providerId)}</strong>
                  <span className="pdr-id">{t('pd.idLabel', { id: s.providerId })}</span>
                  <ul>
                    {s.inspectorIds.map((i) => (
                      <li key={i}>
                        {inspector(i)}
                        <span className="pdr-id">{t('pd.idLabel', { id: i })}</span>
                      </li>
                    ))}
                  </ul>
                  {s.inspectorIds.length < rec.perCheck && (
                    <p className="pub-muted">{t('common.shortTeam')}</p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <DrawInputs rec={rec} seed={seed} />

      <section className="pub-section">
        <h2>{t('pd.ruleTitle')}</h2>
        <div className="pub-card pdr-rule">
          <ol>
            <li>{t('pd.rule5')}</li>
            <li>{t('pd.rule1')}</li>
            <li>{t('pd.rule2')}</li>
            <li>{t('pd.rule3')}</li>
            <li>{t('pd.rule4')}</li>
          </ol>
          <p className="pub-muted">{t('pd.ruleTools')}</p>
          <p>
            <a href={`/api/public/draws/${rec.id}`}>{t('pd.rawRecord')}</a>
          </p>
        </div>
      </section>
    </div>
  );
}
