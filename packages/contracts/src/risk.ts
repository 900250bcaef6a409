/** HTTP contracts of risk (being built). */
export {};
