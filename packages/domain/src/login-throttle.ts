/**
 * Login throttling rules (issue 9 item 4): failed password checks slow down the one who fails,
 * and only a guessing attack spread over several addresses locks the account. OWASP's
 * Authentication Cheat Sheet ("Protect against automated attacks") and NIST SP 800-63B §5.2.2
 * (rate limiting: no more than 100 consecutive failures per account) are the yardsticks.
 *
 * Why these figures:
 * - A person who mistypes gets PAIR_FREE_FAILURES tries at full speed, then waits 2 s, 4 s, 8 s …
 *   up to 15 minutes between tries; one success clears the count for that name and address.
 * - An office or school behind one NAT address shares ADDRESS_FREE_FAILURES before the address
 *   as a whole slows down, so one person's bad morning does not stop colleagues logging in.
 * - With the pair backoff, one address gets at most ~16 tries on one name per hour; spraying
 *   many names from it is stopped by the address backoff. A lock therefore needs LOCK_FAILURES
 *   failures from at least LOCK_ADDRESSES distinct addresses within the window: an attacker with
 *   one address cannot lock anyone, and a distributed guess is stopped well below NIST's 100.
 * - The lock expires by itself after LOCK_MINUTES; a system administrator may lift it earlier.
 */

/** Failures are counted over this window; older ones are forgotten (and pruned). */
export const THROTTLE_WINDOW_MINUTES = 60;
/** Failures of one username from one address answered at full speed. */
export const PAIR_FREE_FAILURES = 5;
/** Failures from one address, whatever the username, answered at full speed. */
export const ADDRESS_FREE_FAILURES = 20;
/** The first wait once the free failures are used up; it doubles with every further failure. */
export const BACKOFF_BASE_SECONDS = 2;
/** The longest wait between tries. */
export const BACKOFF_MAX_SECONDS = 15 * 60;
/** An account locks after this many failures within the window … */
export const LOCK_FAILURES = 20;
/** … coming from at least this many distinct addresses. */
export const LOCK_ADDRESSES = 3;
/** How long a lock lasts. */
export const LOCK_MINUTES = 60;

/** The wait imposed after `failures` failures beyond `free`: 0, then 2 s, 4 s, 8 s … capped. */
export function backoffSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  // Capping the exponent first keeps 2 ** n finite for any count.
  const exponent = Math.min(failures - free, 30);
  return Math.min(BACKOFF_BASE_SECONDS * 2 ** exponent, BACKOFF_MAX_SECONDS);
}

/**
 * Seconds still to wait (0 = may try now), given the failures counted in the window and when the
 * last one happened (ms since the epoch). Rounded up, as `Retry-After` takes whole seconds.
 */
export function retryAfterSeconds(failures: number, lastFailureMs: number, free: number, nowMs: number) {
  const waitMs = backoffSeconds(failures, free) * 1000;
  const remaining = lastFailureMs + waitMs - nowMs;
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

/** True when the failures on one account are a distributed guess that must lock it. */
export function shouldLock(failures: number, distinctAddresses: number): boolean {
  return failures >= LOCK_FAILURES && distinctAddresses >= LOCK_ADDRESSES;
}
