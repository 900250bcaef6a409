/** HTTP contracts of incidents (being built). */
export {};
