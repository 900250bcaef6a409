import '../supervision/messages';
import type { PublicDraw } from '@tuoyu/contracts';
import { checkReveal, computeDraw, drawDifferences, sha256Hex } from '@tuoyu/domain';
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

const REASON: Record<string, MessageKey> = {
  results: 'pd.reason.results',
  due: 'pd.reason.due',
  regulator: 'pd.reason.regulator',
  legacy: 'pd.reason.legacy',
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

interface Checks {
  commitment: boolean | null;
  seed: boolean | null;
  selection: boolean;
  differences: ReturnType<typeof drawDifferences>;
}

/** The three checks of a revealed record; a legacy record (no commitment) has only the last. */
function checksOf(rec: PublicDraw, seed: string): Checks {
  if (rec.seedCommitment && rec.serverSeed && rec.witnessInput !== null)
    return checkReveal({
      ...rec,
      seedCommitment: rec.seedCommitment,
      serverSeed: rec.serverSeed,
      witnessInput: rec.witnessInput,
      seed,
    });
  const differences = drawDifferences(computeDraw({ ...rec, seed }).selected, rec.selected);
  return { commitment: null, seed: null, selection: differences.length === 0, differences };
}

function CheckLine({ ok, label }: { ok: boolean; label: string }) {
  return (
    <li className={ok ? 'pdr-check-ok' : 'pdr-check-bad'}>
      <span className="pdr-check-mark" aria-hidden="true">
        {ok ? '✓' : '✗'}
      </span>
      {label}
    </li>
  );
}

function DrawRecord({ rec }: { rec: PublicDraw }) {
  const t = useT();
  const provider = (id: number) => rec.names.providers[String(id)] ?? `#${id}`;
  const inspector = (id: number) => rec.names.inspectors[String(id)] ?? `#${id}`;
  const conflicted = new Set(rec.conflicts.map((c) => `${c.inspectorId}:${c.providerId}`));
  // Known from the reveal; a legacy plan (seed public from publication) is checkable once drawn.
  const seed = rec.revealed && rec.drawnAt ? rec.seed : null;
  const checks = useMemo(() => (seed === null ? null : checksOf(rec, seed)), [rec, seed]);
  const drawnSet = new Set(rec.selected.map((s) => s.providerId));
  const team = (s: { providerId: number; inspectorIds: number[] }) =>
    `${provider(s.providerId)}（${s.inspectorIds.map(inspector).join('、')}）`;
  const allOk = checks !== null && checks.commitment !== false && checks.seed !== false && checks.selection;

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

      {checks === null ? (
        <div className="pub-card pdr-verdict pdr-verdict-pending" role="status">
          <strong>{rec.drawnAt ? t('pd.awaitReveal') : t('pd.notDrawnYet')}</strong>
          <p>{rec.drawnAt ? t('pd.awaitRevealHint', { dueBy: rec.dueBy }) : t('pd.notDrawnHint')}</p>
        </div>
      ) : (
        <div
          className={`pub-card pdr-verdict ${allOk ? 'pdr-verdict-ok' : 'pdr-verdict-bad'}`}
          role={allOk ? 'status' : 'alert'}
        >
          <strong>{allOk ? `✓ ${t('pd.verified')}` : `✗ ${t('pd.mismatch')}`}</strong>
          <p>{t('pd.verifiedHint')}</p>
          <ul className="pdr-checks">
            {checks.commitment !== null && (
              <CheckLine ok={checks.commitment} label={t('pd.checkCommitment')} />
            )}
            {checks.seed !== null && <CheckLine ok={checks.seed} label={t('pd.checkSeed')} />}
            <CheckLine ok={checks.selection} label={t('pd.checkSelection')} />
          </ul>
          {checks.commitment === null && <p className="pub-muted">{t('pd.checkLegacy')}</p>}
          {checks.differences.length > 0 && (
            <ul>
              {checks.differences.map((d) => (
                <li key={d.index}>
                  {t('pd.diffLine', {
                    n: d.index + 1,
                    published: d.published ? team(d.published) : t('pd.diffNone'),
                    expected: d.expected ? team(d.expected) : t('pd.diffNone'),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

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
              {t(REASON[rec.revealReason] ?? 'pd.reason.regulator')}
            </p>
          ) : (
            <p className="pub-muted">{t('pd.revealWhen', { dueBy: rec.dueBy })}</p>
          )}
        </div>
      </section>

      {seed !== null && (
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
