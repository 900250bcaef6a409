/** HTTP contracts of inspections (being built). */
export {};
