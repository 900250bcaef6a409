import type { PublicDraw } from '@tuoyu/contracts';
import { sha256Hex } from '@tuoyu/domain';
import { type MessageKey, useT } from '../../shared/i18n';
import { namesOf } from './drawNames';

const STRATUM: Record<string, MessageKey> = {
  high: 'common.stratumHigh',
  normal: 'common.stratumNormal',
  low: 'common.stratumLow',
};

/**
 * The frozen inputs: each stratum's candidates, the inspectors and their conflicts; once the seed
 * is known, every ranking by hash, so each pick can be followed by hand.
 */
export function DrawInputs({ rec, seed }: { rec: PublicDraw; seed: string | null }) {
  const t = useT();
  const { provider, inspector } = namesOf(rec);
  const conflicted = new Set(rec.conflicts.map((c) => `${c.inspectorId}:${c.providerId}`));
  const drawnSet = new Set(rec.selected.map((s) => s.providerId));
  return (
    <section className="pub-section">
      <h2>{t('pd.inputs')}</h2>
      <div className="pub-card">
        <p>{t('pd.perCheck', { n: rec.perCheck })}</p>
        {rec.strata.map((s) => (
          <details key={s.name} className="pdr-details">
            <summary>
              {t(STRATUM[s.name] ?? 'common.stratumNormal')}：
              {t('pd.stratumLine', {
                rate: Math.round(s.rate * 10000) / 100,
                n: s.candidates.length,
                size: s.sampleSize,
              })}
            </summary>
            {seed === null ? (
              <>
                <p className="pub-muted">{t('pd.candidatesOnly')}</p>
                <ul>
                  {s.candidates.map((c) => (
                    <li key={c}>
                      {provider(c)}
                      <span className="pdr-id">{t('pd.idLabel', { id: c })}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <RankTable
                rows={s.candidates.map((c) => ({
                  id: c,
                  name: provider(c),
                  key: sha256Hex(`${seed}:${c}`),
                  mark: drawnSet.has(c) ? t('pd.markDrawn') : '',
                }))}
                input={(c) => `${seed.slice(0, 8)}…:${c}`}
              />
            )}
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
          <summary>{t('common.drawConflicts', { n: rec.conflicts.length })}</summary>
          {rec.conflicts.length === 0 ? (
            <p className="pub-muted">{t('common.noneWord')}</p>
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
        {seed !== null &&
          rec.selected.map((s) => (
            <details key={s.providerId} className="pdr-details">
              <summary>{t('pd.teamFor', { name: provider(s.providerId) })}</summary>
              <RankTable
                rows={rec.inspectors.map((i) => ({
                  id: i,
                  name: inspector(i),
                  key: sha256Hex(`${seed}:${s.providerId}:${i}`),
                  mark: conflicted.has(`${i}:${s.providerId}`)
                    ? t('pd.markConflict')
                    : s.inspectorIds.includes(i)
                      ? t('pd.markDrawn')
                      : '',
                }))}
                input={(i) => `${seed.slice(0, 8)}…:${s.providerId}:${i}`}
              />
            </details>
          ))}
      </div>
    </section>
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
