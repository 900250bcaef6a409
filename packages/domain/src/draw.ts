/** Domain rules of draw (being built). */
export {};
