import { createHash, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('FIPS 180-4 SHA-256 (the hash of the "双随机" draw rule)', () => {
  it.each([
    ['empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'the 448-bit message',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'the 896-bit message',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('NIST vector: %s', (_name, input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });

  it('a million "a" (NIST long message)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('matches node:crypto around the padding boundaries (55, 56, 63, 64, 65 bytes)', () => {
    for (let n = 50; n <= 130; n++) {
      const s = 'x'.repeat(n);
      expect(sha256Hex(s), `length ${n}`).toBe(nodeSha(s));
    }
  });

  it('matches node:crypto on random strings, Chinese included (UTF-8)', () => {
    const alphabet = ['a', 'Z', '0', ':', ' ', '临', '河', '托', '育', '双', '随', '机', '😀', 'é'];
    for (let i = 0; i < 400; i++) {
      const len = randomInt(0, 90);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[randomInt(alphabet.length)];
      expect(sha256Hex(s), JSON.stringify(s)).toBe(nodeSha(s));
    }
  });
});
