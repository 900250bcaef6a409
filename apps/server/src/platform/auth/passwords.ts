/** Password hashing: argon2id with OWASP's recommended cost (19 MiB, 2 passes). */
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

// Verifying against this when the username does not exist takes as long as a real check,
// so response times do not tell which usernames exist.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(plain: string): Promise<void> {
  if (!dummyHash) dummyHash = hashPassword('not-a-real-password-Tuoyu-0');
  await verifyPassword(await dummyHash, plain);
}
