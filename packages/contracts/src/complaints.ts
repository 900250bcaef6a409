/** HTTP contracts of complaints (being built). */
export {};
