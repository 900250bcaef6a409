import { describe, expect, it } from 'vitest';
import {
  ADDRESS_FREE_FAILURES,
  BACKOFF_MAX_SECONDS,
  backoffSeconds,
  PAIR_FREE_FAILURES,
  retryAfterSeconds,
  shouldLock,
} from './login-throttle';

describe('login backoff (OWASP automated-attack protection): free tries, then doubling waits capped at 15 min', () => {
  it.each<[string, number, number, number]>([
    ['pair: first failure', 1, PAIR_FREE_FAILURES, 0],
    ['pair: 4 failures still free', 4, PAIR_FREE_FAILURES, 0],
    ['pair: 5 failures use up the allowance', 5, PAIR_FREE_FAILURES, 2],
    ['pair: 6 failures double the wait', 6, PAIR_FREE_FAILURES, 4],
    ['pair: 9 failures', 9, PAIR_FREE_FAILURES, 32],
    ['pair: 13 failures reach 512 s', 13, PAIR_FREE_FAILURES, 512],
    ['pair: 14 failures are capped at 15 min', 14, PAIR_FREE_FAILURES, BACKOFF_MAX_SECONDS],
    ['pair: a million failures stay capped', 1_000_000, PAIR_FREE_FAILURES, BACKOFF_MAX_SECONDS],
    ['address: 19 failures free', 19, ADDRESS_FREE_FAILURES, 0],
    ['address: 20 failures', 20, ADDRESS_FREE_FAILURES, 2],
  ])('%s → %i s', (_label, failures, free, seconds) => {
    expect(backoffSeconds(failures, free)).toBe(seconds);
  });

  it.each<[string, number, number, number]>([
    ['right after the 5th failure: the whole wait', 5, 0, 2],
    ['half a second later: rounded up', 5, 1500, 1],
    ['once the wait has passed: may try', 5, 2000, 0],
    ['within the free allowance: never waits', 3, 0, 0],
  ])('Retry-After %s', (_label, failures, elapsedMs, expected) => {
    const last = Date.parse('2026-12-02T08:00:00Z');
    expect(retryAfterSeconds(failures, last, PAIR_FREE_FAILURES, last + elapsedMs)).toBe(expected);
  });
});

describe('account lock: only a guess spread over several addresses (NIST SP 800-63B §5.2.2 ≤ 100 tries)', () => {
  it.each<[string, number, number, boolean]>([
    ['1000 failures from one address', 1000, 1, false],
    ['1000 failures from two addresses', 1000, 2, false],
    ['19 failures from 5 addresses', 19, 5, false],
    ['20 failures from 3 addresses', 20, 3, true],
    ['40 failures from 10 addresses', 40, 10, true],
  ])('%s → lock %s', (_label, failures, addresses, locks) => {
    expect(shouldLock(failures, addresses)).toBe(locks);
  });
});
