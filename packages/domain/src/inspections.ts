/** Domain rules of inspections (being built). */
export {};
