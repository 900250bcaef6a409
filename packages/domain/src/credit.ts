/** Domain rules of credit (being built). */
export {};
