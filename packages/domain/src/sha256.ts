/** Domain rules of sha256 (being built). */
export {};
