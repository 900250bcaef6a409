/** Query key of the parent's applications, for invalidation after applying. */
export const myApplicationsKey = ['my', 'applications'] as const;
