/** Domain rules of complaints (being built). */
export {};
