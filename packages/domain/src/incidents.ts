/** Domain rules of incidents (being built). */
export {};
