/**
 * Keys derived from TUOYU_SECRET, one per purpose, so that no key serves two jobs:
 * field encryption at rest (AES-256-GCM, PIPL: sensitive personal information), keyed look-up
 * hashes (find an encrypted value without decrypting every row), and the audit chain's HMAC.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface Keys {
  encryption: Buffer;
  lookup: Buffer;
  audit: Buffer;
}

export function deriveKeys(secret: string): Keys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'tuoyu', info, 32));
  return {
    encryption: derive('tuoyu:field-encryption:v1'),
    lookup: derive('tuoyu:lookup-hash:v1'),
    audit: derive('tuoyu:audit-chain:v1'),
  };
}

/** Encrypts a short text field; the output carries its version, IV and tag: `v1.<base64url>`. */
export function encryptField(keys: Keys, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

export function decryptField(keys: Keys, stored: string): string {
  if (!stored.startsWith('v1.')) throw new Error('unknown field encryption version');
  const raw = Buffer.from(stored.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** Deterministic keyed hash for equality look-ups on encrypted values. */
export function lookupHash(keys: Keys, value: string): string {
  return createHmac('sha256', keys.lookup).update(value).digest('hex');
}

export const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex');
