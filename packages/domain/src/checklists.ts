/** Domain rules of checklists (being built). */
export {};
