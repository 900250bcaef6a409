/**
 * The verifiable "双随机" draw (国办发〔2015〕58号 "双随机、一公开"; standards.md, Supervision): random
 * providers by risk stratum and ≥ 2 random inspectors per check, with recusal of an inspector tied
 * to the provider. The rule is public and deterministic given the seed, so anyone can recompute
 * the published record — the server that draws and the browser that verifies run this function:
 *
 * - `sampleSize = ceil(rate × candidates.length)`, at least 1 when the stratum has candidates;
 * - in each stratum, candidates are ranked by `sha256(seed + ":" + providerId)` (lowercase hex,
 *   compared as strings, ascending) and the first `sampleSize` are drawn;
 * - `selected` lists the strata in order, and within a stratum the drawn providers in rank order;
 * - for each drawn provider the inspectors are ranked by
 *   `sha256(seed + ":" + providerId + ":" + inspectorId)` ascending, any inspector with a declared
 *   conflict with that provider is skipped, and the first `perCheck` are taken. When fewer than
 *   `perCheck` inspectors are eligible, all the eligible ones are taken (possibly fewer than
 *   `perCheck`, even none): the record shows it rather than breaking the rule.
 *
 * Ids are written as decimal integers in the hashed strings.
 */
import { sha256Hex } from './sha256';

/**
 * How a plan's seed became public: every result in, the due date passed, the plan's regulator, or a
 * plan published before commitments (seed public from publication).
 */
export const REVEAL_REASONS = ['results', 'due', 'regulator', 'legacy'] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];

export interface DrawStratumInput {
  name: string;
  /** Share of the stratum to draw, 0 < rate ≤ 1. */
  rate: number;
  /** Provider ids (order does not matter: ranking decides). */
  candidates: number[];
}

export interface DrawInput {
  seed: string;
  perCheck: number;
  strata: DrawStratumInput[];
  inspectors: number[];
  conflicts: { inspectorId: number; providerId: number }[];
}

export interface DrawStratumOutput extends DrawStratumInput {
  sampleSize: number;
}

export interface DrawSelection {
  providerId: number;
  inspectorIds: number[];
}

export interface DrawOutput {
  strata: DrawStratumOutput[];
  selected: DrawSelection[];
}

/**
 * ceil(rate × n), at least 1 when n > 0, capped at n. The product is rounded to 9 decimals first,
 * because in binary floating point 0.1 × 30 is 3.0000000000000004 and a naive ceil would give 4.
 */
export function sampleSizeOf(rate: number, n: number): number {
  if (n <= 0) return 0;
  const product = Math.round(rate * n * 1e9) / 1e9;
  return Math.min(n, Math.max(1, Math.ceil(product)));
}

/** Compares two hex digests as strings (same length, lowercase): plain code-unit order. */
const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Candidates of one stratum in rank order (the hash of seed:providerId, ascending). */
export function rankProviders(seed: string, candidates: number[]): number[] {
  return candidates
    .map((id) => ({ id, key: sha256Hex(`${seed}:${id}`) }))
    .sort(byKey)
    .map((r) => r.id);
}

/** Inspectors for one provider in rank order (the hash of seed:providerId:inspectorId, ascending). */
export function rankInspectors(seed: string, providerId: number, inspectors: number[]): number[] {
  return inspectors
    .map((id) => ({ id, key: sha256Hex(`${seed}:${providerId}:${id}`) }))
    .sort(byKey)
    .map((r) => r.id);
}

export function computeDraw(input: DrawInput): DrawOutput {
  const conflicted = new Set(input.conflicts.map((c) => `${c.inspectorId}:${c.providerId}`));
  const strata: DrawStratumOutput[] = [];
  const selected: DrawSelection[] = [];
  for (const s of input.strata) {
    const sampleSize = sampleSizeOf(s.rate, s.candidates.length);
    strata.push({ name: s.name, rate: s.rate, candidates: s.candidates, sampleSize });
    for (const providerId of rankProviders(input.seed, s.candidates).slice(0, sampleSize)) {
      const inspectorIds = rankInspectors(input.seed, providerId, input.inspectors)
        .filter((i) => !conflicted.has(`${i}:${providerId}`))
        .slice(0, input.perCheck);
      selected.push({ providerId, inspectorIds });
    }
  }
  return { strata, selected };
}

export interface DrawDifference {
  /** 0-based position in `selected`. */
  index: number;
  expected: DrawSelection | null;
  published: DrawSelection | null;
}

/** Where a recomputed selection and a published one differ (empty when they agree). */
export function drawDifferences(expected: DrawSelection[], published: DrawSelection[]): DrawDifference[] {
  const out: DrawDifference[] = [];
  const n = Math.max(expected.length, published.length);
  for (let index = 0; index < n; index++) {
    const e = expected[index] ?? null;
    const p = published[index] ?? null;
    const same =
      e !== null &&
      p !== null &&
      e.providerId === p.providerId &&
      e.inspectorIds.join(',') === p.inspectorIds.join(',');
    if (!same) out.push({ index, expected: e, published: p });
  }
  return out;
}

/**
 * Commit, witness, reveal (issue 9 item 3): the plan publishes `seedCommitment(serverSeed)`; the
 * draw's seed mixes in what the witness typed at the draw, so neither the platform (bound by the
 * commitment) nor anyone who knows the witness' input (lacking the secret) can foresee the
 * selection; the reveal publishes the server seed so anyone can check all three.
 */
export const seedCommitmentOf = (serverSeed: string): string => sha256Hex(serverSeed);
export const drawSeedOf = (serverSeed: string, witnessInput: string): string =>
  sha256Hex(`${serverSeed}:${witnessInput}`);

export interface RevealedDraw extends Omit<DrawInput, 'seed'> {
  seedCommitment: string;
  serverSeed: string;
  witnessInput: string;
  seed: string;
  selected: DrawSelection[];
}

export interface RevealCheck {
  /** SHA-256(serverSeed) = seedCommitment. */
  commitment: boolean;
  /** SHA-256(serverSeed + ":" + witnessInput) = seed. */
  seed: boolean;
  /** The selection recomputed from the seed by the rule = the published selection. */
  selection: boolean;
  differences: DrawDifference[];
}

/** The three checks of a revealed draw, as the public page runs them. */
export function checkReveal(r: RevealedDraw): RevealCheck {
  const expected = computeDraw(r).selected;
  const differences = drawDifferences(expected, r.selected);
  return {
    commitment: seedCommitmentOf(r.serverSeed) === r.seedCommitment,
    seed: drawSeedOf(r.serverSeed, r.witnessInput) === r.seed,
    selection: differences.length === 0,
    differences,
  };
}
