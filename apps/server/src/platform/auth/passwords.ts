/** Password hashing: argon2id with OWASP's recommended cost (19 MiB, 2 passes). */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (plain: string) => hash(plain, OPTIONS);

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

// Verifying against this when the username does not exist costs what a real check costs, so
// response times do not tell which usernames exist. Made once at start-up (prepareDummyHash) with
// the same parameters as every real hash, so the first unknown name is not slower either.
let dummyHash: Promise<string> | undefined;
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummyHash;
}

/** A real argon2 verification that always fails: the work of a wrong password, for no account. */
export async function burnPasswordCheck(plain: string): Promise<false> {
  await verifyPassword(await prepareDummyHash(), plain);
  return false;
}
