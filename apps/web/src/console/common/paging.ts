/** Page size of every console list unless the person picks another (the API allows up to 100). */
export const DEFAULT_PAGE_SIZE = 20;

/** A positive whole number from the address bar, or the fallback when it is missing or nonsense. */
export function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Paging for the address bar: defaults left out, so a plain list has a plain address. */
export function pagingForUrl(page: number | undefined, pageSize: number | undefined) {
  return {
    page: page === 1 ? undefined : page,
    pageSize: pageSize === DEFAULT_PAGE_SIZE ? undefined : pageSize,
  };
}
