/** Domain rules of risk (being built). */
export {};
