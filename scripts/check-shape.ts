/**
 * `npm run check:shape`: fails when the tree loses the shape issue 10 gave it — a role list
 * outside packages/contracts, a role comparison in a web page, an inline `api.get<{…}>` type, a
 * server module without queries.ts that docs/decisions.md does not excuse, a source file over
 * 400 lines, more than five over 300. The rules are in scripts/shape/rules.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES } from '@tuoyu/contracts';
import { checkShape, isCatalogueOrGenerated, lineCount, type SourceFile } from './shape/rules';

const root = join(import.meta.dirname, '..');
const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
});
const files: SourceFile[] = listed
  .split('\n')
  .filter((p) => /^(apps|packages|scripts|e2e|bench)\/.*\.(ts|tsx)$/.test(p) && !p.includes('node_modules'))
  .flatMap((path) => {
    try {
      return [{ path, text: readFileSync(join(root, path), 'utf8') }];
    } catch {
      return []; // deleted in the working tree but still in the index
    }
  });

const violations = checkShape(files, readFileSync(join(root, 'docs', 'decisions.md'), 'utf8'), ROLES);
const over300 = files.filter((f) => !isCatalogueOrGenerated(f) && lineCount(f.text) > 300).length;

for (const v of violations) console.log(`${v.rule}\t${v.path}${v.line ? `:${v.line}` : ''}\t${v.detail}`);
console.log(`${files.length} source files; ${over300} over 300 lines; ${violations.length} shape violations`);
process.exit(violations.length === 0 ? 0 : 1);
