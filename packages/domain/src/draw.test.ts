import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkReveal,
  computeDraw,
  type DrawInput,
  drawDifferences,
  drawSeedOf,
  type RevealedDraw,
  sampleSizeOf,
  seedCommitmentOf,
} from './draw';

const h = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** An independent re-implementation of the rule with node:crypto, for cross-checking. */
function reference(input: DrawInput) {
  const selected: { providerId: number; inspectorIds: number[] }[] = [];
  for (const s of input.strata) {
    const n = s.candidates.length;
    const size = n === 0 ? 0 : Math.min(n, Math.max(1, Math.ceil(Number((s.rate * n).toFixed(9)))));
    const ranked = [...s.candidates].sort((a, b) =>
      h(`${input.seed}:${a}`).localeCompare(h(`${input.seed}:${b}`)),
    );
    for (const p of ranked.slice(0, size)) {
      const insp = [...input.inspectors]
        .sort((a, b) => h(`${input.seed}:${p}:${a}`).localeCompare(h(`${input.seed}:${p}:${b}`)))
        .filter((i) => !input.conflicts.some((c) => c.inspectorId === i && c.providerId === p))
        .slice(0, input.perCheck);
      selected.push({ providerId: p, inspectorIds: insp });
    }
  }
  return selected;
}

const SEED = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('国办发〔2015〕58号 "双随机" draw — sample sizes', () => {
  it.each([
    ['0.1 × 30 is exactly 3, not 4 (float)', 0.1, 30, 3],
    ['0.3 × 10 is exactly 3', 0.3, 10, 3],
    ['0.05 × 20 is 1', 0.05, 20, 1],
    ['0.05 × 3 rounds up to 1', 0.05, 3, 1],
    ['0.07 × 100 is 7 (7.000000000000001 in float)', 0.07, 100, 7],
    ['0.1 × 31 rounds up to 4', 0.1, 31, 4],
    ['rate 1 takes everyone', 1, 7, 7],
    ['a tiny rate still takes one', 0.0001, 5, 1],
    ['an empty stratum takes none', 0.5, 0, 0],
  ])('%s', (_name, rate, n, size) => {
    expect(sampleSizeOf(rate, n)).toBe(size);
  });
});

describe('国办发〔2015〕58号 "双随机" draw — ranking, recusal (standards.md: ≥ 2 inspectors, recusal)', () => {
  const input: DrawInput = {
    seed: SEED,
    perCheck: 2,
    strata: [
      { name: 'high', rate: 0.3, candidates: range(1, 10) },
      { name: 'normal', rate: 0.1, candidates: range(11, 30) },
      { name: 'low', rate: 0.05, candidates: [] },
    ],
    inspectors: [101, 102, 103, 104],
    conflicts: [],
  };

  it('matches an independent implementation with node:crypto', () => {
    const out = computeDraw(input);
    expect(out.strata.map((s) => s.sampleSize)).toEqual([3, 3, 0]);
    expect(out.selected).toEqual(reference(input));
    expect(out.selected).toHaveLength(6);
    for (const s of out.selected) expect(s.inspectorIds).toHaveLength(2);
  });

  it('pins the literal result for a fixed seed (regression vector)', () => {
    const out = computeDraw({
      seed: 'abc',
      perCheck: 2,
      strata: [{ name: 'normal', rate: 0.5, candidates: [1, 2, 3, 4] }],
      inspectors: [7, 8, 9],
      conflicts: [],
    });
    expect(out).toEqual({
      strata: [{ name: 'normal', rate: 0.5, candidates: [1, 2, 3, 4], sampleSize: 2 }],
      selected: PINNED,
    });
  });

  it('skips a conflicted inspector and takes the next in rank order', () => {
    const plain = computeDraw(input);
    const first = plain.selected[0];
    if (!first) throw new Error('no selection');
    const conflicts = [{ inspectorId: first.inspectorIds[0] ?? 0, providerId: first.providerId }];
    const withConflict = computeDraw({ ...input, conflicts });
    expect(withConflict.selected).toEqual(reference({ ...input, conflicts }));
    const got = withConflict.selected[0];
    expect(got?.providerId).toBe(first.providerId);
    expect(got?.inspectorIds).not.toContain(conflicts[0]?.inspectorId);
    expect(got?.inspectorIds[0]).toBe(first.inspectorIds[1]);
    // Other providers are unaffected: a conflict is per provider.
    expect(withConflict.selected.slice(1)).toEqual(plain.selected.slice(1));
  });

  it('takes fewer than perCheck when not enough inspectors are eligible', () => {
    const out = computeDraw({
      seed: SEED,
      perCheck: 2,
      strata: [{ name: 'high', rate: 1, candidates: [5] }],
      inspectors: [1, 2],
      conflicts: [{ inspectorId: 1, providerId: 5 }],
    });
    expect(out.selected).toEqual([{ providerId: 5, inspectorIds: [2] }]);
  });

  it('does not depend on the order candidates or inspectors are listed in', () => {
    const shuffled = {
      ...input,
      strata: input.strata.map((s) => ({ ...s, candidates: [...s.candidates].reverse() })),
      inspectors: [...input.inspectors].reverse(),
    };
    expect(computeDraw(shuffled).selected).toEqual(computeDraw(input).selected);
  });

  it('many random seeds agree with the reference implementation', () => {
    for (let i = 0; i < 50; i++) {
      const seed = h(`seed-${i}`);
      const inp: DrawInput = {
        ...input,
        seed,
        perCheck: 3,
        conflicts: [
          { inspectorId: 101, providerId: 3 },
          { inspectorId: 102, providerId: 12 },
        ],
      };
      expect(computeDraw(inp).selected).toEqual(reference(inp));
    }
  });

  it('reports what differs from a published selection', () => {
    const pub = [{ providerId: 1, inspectorIds: [2, 3] }];
    expect(drawDifferences(pub, pub)).toEqual([]);
    expect(drawDifferences(pub, [{ providerId: 1, inspectorIds: [3, 2] }])).toEqual([
      { index: 0, expected: pub[0], published: { providerId: 1, inspectorIds: [3, 2] } },
    ]);
    expect(drawDifferences(pub, [])).toEqual([{ index: 0, expected: pub[0], published: null }]);
  });
});

/** Checked by hand with `printf 'abc:3' | sha256sum` etc.: 3 (0ffa…) < 2 (1645…) < 4 < 1. */
const PINNED = [
  { providerId: 3, inspectorIds: [7, 8] },
  { providerId: 2, inspectorIds: [9, 7] },
];

describe('commit, witness, reveal (issue 9 item 3): what the public page checks', () => {
  const serverSeed = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
  const witnessInput = '2026-12-02 福彩3D 第2026318期 5 8 1';
  const seed = h(`${serverSeed}:${witnessInput}`);
  const revealed = () => {
    const inputs = {
      perCheck: 2,
      strata: [{ name: 'normal', rate: 0.25, candidates: range(1, 8) }],
      inspectors: range(100, 4),
      conflicts: [{ inspectorId: 100, providerId: 3 }],
    };
    return {
      ...inputs,
      seedCommitment: h(serverSeed),
      serverSeed,
      witnessInput,
      seed,
      selected: reference({ ...inputs, seed }),
    };
  };

  it('commitment and seed are the SHA-256 of the secret and of secret:witness (checked against node:crypto)', () => {
    expect(seedCommitmentOf(serverSeed)).toBe(h(serverSeed));
    expect(drawSeedOf(serverSeed, witnessInput)).toBe(seed);
    expect(drawSeedOf(serverSeed, `${witnessInput} `)).not.toBe(seed);
  });

  it('an honest record passes all three checks', () => {
    expect(checkReveal(revealed())).toMatchObject({ commitment: true, seed: true, selection: true });
  });

  // Each forgery and the checks it fails (a forged seed also moves the recomputed selection).
  it.each<[string, Partial<RevealedDraw>, [boolean, boolean, boolean]]>([
    ['another secret than the one committed', { serverSeed: 'ab'.repeat(16) }, [false, false, true]],
    [
      'a witness input changed after the draw',
      { witnessInput: '2026-12-02 福彩3D 5 8 2' },
      [true, false, true],
    ],
    ['a seed not derived from secret and witness', { seed: SEED }, [true, false, false]],
    [
      "a selection that is not the rule's",
      { selected: [{ providerId: 1, inspectorIds: [101, 102] }] },
      [true, true, false],
    ],
  ])('%s is caught', (_what, change, [commitment, seedOk, selection]) => {
    const result = checkReveal({ ...revealed(), ...change });
    expect([result.commitment, result.seed, result.selection]).toEqual([commitment, seedOk, selection]);
  });
});
