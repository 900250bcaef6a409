/** HTTP contracts of inspection-plans (being built). */
export {};
