/**
 * 本机构 records — classes, children, staff, bans and attendance — change one another's figures
 * (a new child fills a class, an accepted application adds a child): they share one cache key root,
 * and a change to any of them refreshes them all.
 */
export const providerDayKey = ['provider-day'] as const;
