/** HTTP contracts of credit (being built). */
export {};
