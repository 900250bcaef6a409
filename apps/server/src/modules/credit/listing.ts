/**
 * What the blacklist changes in the public listing: a blacklisted provider keeps its `public`
 * column (derived from its filing in providers/public-listing.ts, untouched) and its public page,
 * which shows the decision, but "find care" leaves it out, and it takes no applications or
 * bookings. The refusal is here; its two conditions (`notBlacklisted`, `isBlacklisted`) are in
 * queries.ts.
 */
import { ruleBroken } from '../../platform/errors';

/** A blacklisted provider takes no new applications or bookings (its page says why). */
export const blacklistedRefusal = () =>
  ruleBroken({
    zh: '该机构已被列入黑名单，暂停接受入托申请和预约。',
    en: 'This provider is on the blacklist and takes no applications or bookings.',
  });
