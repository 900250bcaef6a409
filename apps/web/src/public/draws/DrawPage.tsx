import '../supervision/messages';
import type { PublicDraw } from '@tuoyu/contracts';
import { computeDraw, drawDifferences, sha256Hex } from '@tuoyu/domain';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { EmptyState, ErrorState, LoadingState } from '../common/StateBlocks';
import { beijingMinute, usePublicDraw } from './queries';
import '../pages.css';
import './draws.css';

const STRATUM: Record<string, MessageKey> = {
  high: 'pd.stratum.high',
  normal: 'pd.stratum.normal',
  low: 'pd.stratum.low',
};

/**
 * 抽取公示记录: the frozen inputs, the seed and the selection of one plan, recomputed here in the
 * browser with the same code the server drew with (✓ 与公示结果一致), and the rule in plain words
 * with every hash so a citizen can check by hand.
 */
export function DrawPage() {
  const t = useT();
  const id = Number(useParams().id);
  const draw = usePublicDraw(id);
  useDocumentTitle(draw.data?.planName ?? t('pd.title'));

  if (draw.isPending) return <LoadingState>{t('pd.loading')}</LoadingState>;
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
  const provider = (id: number) => rec.names.providers[String(id)] ?? `#${id}`;
  const inspector = (id: number) => rec.names.inspectors[String(id)] ?? `#${id}`;
  const conflicted = new Set(rec.conflicts.map((c) => `${c.inspectorId}:${c.providerId}`));
  const check = useMemo(() => {
    if (!rec.drawnAt) return null;
    const again = computeDraw(rec);
    return drawDifferences(again.selected, rec.selected);
  }, [rec]);
  const drawnSet = new Set(rec.selected.map((s) => s.providerId));
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
        </p>
      </section>

      {check === null ? (
        <div className="pub-card pdr-verdict pdr-verdict-pending" role="status">
          <strong>{t('pd.notDrawnYet')}</strong>
          <p>{t('pd.notDrawnHint')}</p>
        </div>
      ) : check.length === 0 ? (
        <div className="pub-card pdr-verdict pdr-verdict-ok" role="status">
          <strong>✓ {t('pd.verified')}</strong>
          <p>{t('pd.verifiedHint')}</p>
        </div>
      ) : (
        <div className="pub-card pdr-verdict pdr-verdict-bad" role="alert">
          <strong>✗ {t('pd.mismatch')}</strong>
          <ul>
            {check.map((d) => (
              <li key={d.index}>
                {t('pd.diffLine', {
                  n: d.index + 1,
                  published: d.published ? team(d.published) : t('pd.diffNone'),
                  expected: d.expected ? team(d.expected) : t('pd.diffNone'),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}

      {rec.drawnAt && (
        <section className="pub-section">
          <h2>{t('pd.selection', { n: rec.selected.length })}</h2>
          {rec.selected.length === 0 ? (
            <p className="pub-muted">{t('pd.noneSelected')}</p>
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
                  {s.inspectorIds.length < rec.perCheck && <p className="pub-muted">{t('pd.shortTeam')}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <section className="pub-section">
        <h2>{t('pd.inputs')}</h2>
        <div className="pub-card">
          <p>
            <span className="pub-muted">{t('pd.seed')}</span>
            <code className="pdr-code">{rec.seed}</code>
          </p>
          <p>{t('pd.perCheck', { n: rec.perCheck })}</p>
          {rec.strata.map((s) => (
            <details key={s.name} className="pdr-details">
              <summary>
                {t(STRATUM[s.name] ?? 'pd.stratum.normal')}：
                {t('pd.stratumLine', {
                  rate: Math.round(s.rate * 10000) / 100,
                  n: s.candidates.length,
                  size: s.sampleSize,
                })}
              </summary>
              <RankTable
                rows={s.candidates.map((c) => ({
                  id: c,
                  name: provider(c),
                  key: sha256Hex(`${rec.seed}:${c}`),
                  mark: drawnSet.has(c) ? t('pd.markDrawn') : '',
                }))}
                input={(c) => `${rec.seed.slice(0, 8)}…:${c}`}
              />
            </details>
          ))}
          <details className="pdr-details">
            <summary>{t('pd.inspectors', { n: rec.inspectors.length })}</summary>
            <ul>
              {rec.inspectors.map((i) => (
                <li key={i}>
                  {inspector(i)}
                  <span className="pdr-id">{t('pd.idLabel', { id: i })}</span>
                </li>
              ))}
            </ul>
          </details>
          <details className="pdr-details">
            <summary>{t('pd.conflicts', { n: rec.conflicts.length })}</summary>
            {rec.conflicts.length === 0 ? (
              <p className="pub-muted">{t('pd.noConflicts')}</p>
            ) : (
              <ul>
                {rec.conflicts.map((c) => (
                  <li key={`${c.inspectorId}:${c.providerId}`}>
                    {inspector(c.inspectorId)} ↔ {provider(c.providerId)}
                  </li>
                ))}
              </ul>
            )}
          </details>
          {rec.selected.map((s) => (
            <details key={s.providerId} className="pdr-details">
              <summary>{t('pd.teamFor', { name: provider(s.providerId) })}</summary>
              <RankTable
                rows={rec.inspectors.map((i) => ({
                  id: i,
                  name: inspector(i),
                  key: sha256Hex(`${rec.seed}:${s.providerId}:${i}`),
                  mark: conflicted.has(`${i}:${s.providerId}`)
                    ? t('pd.markConflict')
                    : s.inspectorIds.includes(i)
                      ? t('pd.markDrawn')
                      : '',
                }))}
                input={(i) => `${rec.seed.slice(0, 8)}…:${s.providerId}:${i}`}
              />
            </details>
          ))}
        </div>
      </section>

      <section className="pub-section">
        <h2>{t('pd.ruleTitle')}</h2>
        <div className="pub-card pdr-rule">
          <ol>
            <li>{t('pd.rule1')}</li>
            <li>{t('pd.rule2')}</li>
            <li>{t('pd.rule3')}</li>
            <li>{t('pd.rule4')}</li>
            <li>{t('pd.rule5')}</li>
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

/** One ranking: rows sorted by their hash, ascending — exactly the rule's order. */
function RankTable({
  rows,
  input,
}: {
  rows: { id: number; name: string; key: string; mark: string }[];
  input: (id: number) => string;
}) {
  const t = useT();
  const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (sorted.length === 0) return <p className="pub-muted">{t('pd.noCandidates')}</p>;
  return (
    <ol className="pdr-rank">
      {sorted.map((r) => (
        <li key={r.id} className={r.mark ? 'pdr-rank-marked' : undefined}>
          <span className="pdr-rank-name">
            {r.name}
            <span className="pdr-id">{t('pd.idLabel', { id: r.id })}</span>
            {r.mark && <span className="pub-tag pdr-tag-drawn">{r.mark}</span>}
          </span>
          <span className="pdr-rank-hash" title={`SHA-256("${input(r.id)}")`}>
            <code>{r.key.slice(0, 16)}…</code>
          </span>
        </li>
      ))}
    </ol>
  );
}
