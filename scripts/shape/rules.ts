/**
 * The shape rules of issue 10, as pure functions over file paths and contents, so that
 * `npm run check:shape` (scripts/check-shape.ts) and its tests share them.
 * Each rule returns the violations it finds; an empty list means the tree keeps its shape.
 */

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  rule:
    | 'role-list'
    | 'role-comparison'
    | 'inline-api-type'
    | 'device-time'
    | 'module-without-queries'
    | 'file-too-long'
    | 'too-many-long-files';
  path: string;
  line?: number;
  detail: string;
}

export const MAX_LINES = 400;
/** Files over this many lines are allowed, but only a few of them (MAX_LONG_FILES). */
export const LONG_LINES = 300;
export const MAX_LONG_FILES = 5;

const isTest = (path: string) => /\.test\.tsx?$|\/testing\/|^e2e\//.test(path);
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Where role groups may be written out: the access declarations, and the one list of every role
 * (`ROLES` in the domain's accounts.ts, beside their names; contracts' enums.ts builds on it).
 */
const ROLE_LIST_HOMES = [/^packages\/contracts\/src\/access\.ts$/, /^packages\/domain\/src\/accounts\.ts$/];

/** An array literal naming a role, outside contracts' access declarations (tests aside). */
export function roleLists(files: SourceFile[], roles: readonly string[]): Violation[] {
  const roleLiteral = new RegExp(`['"](${roles.join('|')})['"]`, 'g');
  const out: Violation[] = [];
  for (const f of files) {
    if (!/\.(ts|tsx)$/.test(f.path) || isTest(f.path) || /\/migrations\//.test(f.path)) continue;
    if (ROLE_LIST_HOMES.some((home) => home.test(f.path))) continue;
    for (const array of f.text.matchAll(/\[[^[\]]*\]/g)) {
      const named = [...array[0].matchAll(roleLiteral)].map((m) => m[1]);
      if (named.length === 0) continue;
      out.push({
        rule: 'role-list',
        path: f.path,
        line: lineAt(f.text, array.index ?? 0),
        detail: `role list [${named.join(', ')}] — declare it in packages/contracts/src/access.ts`,
      });
    }
  }
  return out;
}

/** A web page deciding by role (`me.role === 'x'`, `roles.includes(me.role)`) instead of by permission. */
export function roleComparisons(files: SourceFile[]): Violation[] {
  const patterns = [
    /\brole\s*[!=]==?\s*['"]/g,
    /['"][a-z_]+['"]\s*[!=]==?\s*[\w.?]*\brole\b/g,
    /\.includes\(\s*[\w.?]*\brole\s*\)/g,
    /\bswitch\s*\(\s*[\w.?]*\brole\s*\)/g,
  ];
  const out: Violation[] = [];
  for (const f of files) {
    if (!/^apps\/web\/src\/.*\.tsx?$/.test(f.path) || isTest(f.path)) continue;
    for (const pattern of patterns) {
      for (const m of f.text.matchAll(pattern)) {
        out.push({ rule: 'role-comparison', path: f.path, line: lineAt(f.text, m.index ?? 0), detail: m[0] });
      }
    }
  }
  return out;
}

/** `api.get<{ … }>` — a response type written inline instead of imported from @tuoyu/contracts. */
export function inlineApiTypes(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    if (!/^apps\/web\/src\/.*\.tsx?$/.test(f.path) || isTest(f.path)) continue;
    for (const m of f.text.matchAll(/\bapi\.(get|post|put|patch|delete)\s*<\s*\{/g)) {
      out.push({ rule: 'inline-api-type', path: f.path, line: lineAt(f.text, m.index ?? 0), detail: m[0] });
    }
  }
  return out;
}

/**
 * `dayjs()` or `new Date().getFullYear()`-style local readings in the console: the device's zone,
 * not Beijing's (issue 13 item 9). The console reads today and the wall clock through common/beijing.
 */
export function deviceTimes(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    if (!/^apps\/web\/src\/console\/.*\.tsx?$/.test(f.path) || isTest(f.path)) continue;
    if (f.path.endsWith('/common/beijing.ts')) continue;
    for (const m of f.text.matchAll(
      /\bdayjs\(\)|\bdayjs\([^()]*\)\.format\('[^']*HH[^']*'\)|\.toLocale(Date|Time)String\(/g,
    )) {
      out.push({ rule: 'device-time', path: f.path, line: lineAt(f.text, m.index ?? 0), detail: m[0] });
    }
  }
  return out;
}

/**
 * Modules listed in docs/decisions.md as having no queries.ts: every backticked module name in
 * the entry (paragraph) that says "without `queries.ts`".
 */
export function queriesExceptions(decisions: string, modules: readonly string[]): Set<string> {
  const entry = decisions.split(/\n(?=\d+\.\s)/).find((p) => p.includes('without `queries.ts`')) ?? '';
  const named = [...entry.matchAll(/`([a-z-]+)\/?`/g)].map((m) => m[1] ?? '');
  return new Set(named.filter((n) => modules.includes(n)));
}

/** A server module folder with no queries.ts that decisions.md does not name as an exception. */
export function modulesWithoutQueries(files: SourceFile[], decisions: string): Violation[] {
  const modules = new Set<string>();
  const withQueries = new Set<string>();
  for (const f of files) {
    const m = /^apps\/server\/src\/modules\/([^/]+)\/([^/]+)$/.exec(f.path);
    if (!m?.[1]) continue;
    modules.add(m[1]);
    if (m[2] === 'queries.ts') withQueries.add(m[1]);
  }
  const excepted = queriesExceptions(decisions, [...modules]);
  return [...modules]
    .filter((m) => !withQueries.has(m) && !excepted.has(m))
    .sort()
    .map((m) => ({
      rule: 'module-without-queries' as const,
      path: `apps/server/src/modules/${m}/`,
      detail: 'no queries.ts, and docs/decisions.md does not list it as an exception',
    }));
}

/**
 * Catalogues (the web's message tables: shared/i18n and each feature's messages.ts, the server's
 * reference data) and generated files may be long; nothing else.
 */
export const isCatalogueOrGenerated = (f: SourceFile) =>
  /\/i18n\/|\/db\/reference\/|^apps\/web\/src\/.*\/messages\.ts$/.test(f.path) ||
  /^\/[/*]\s*@?generated\b/i.test(f.text.trimStart());

export const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

export function longFiles(files: SourceFile[], max = MAX_LINES): Violation[] {
  return files
    .filter((f) => /\.(ts|tsx)$/.test(f.path) && !isCatalogueOrGenerated(f) && lineCount(f.text) > max)
    .map((f) => ({
      rule: 'file-too-long' as const,
      path: f.path,
      detail: `${lineCount(f.text)} lines (at most ${max})`,
    }));
}

/** More than MAX_LONG_FILES source files over LONG_LINES lines (catalogues and generated files aside). */
export function tooManyLongFiles(files: SourceFile[]): Violation[] {
  const long = files.filter(
    (f) => /\.(ts|tsx)$/.test(f.path) && !isCatalogueOrGenerated(f) && lineCount(f.text) > LONG_LINES,
  );
  if (long.length <= MAX_LONG_FILES) return [];
  return [
    {
      rule: 'too-many-long-files',
      path: long.map((f) => `${f.path} (${lineCount(f.text)})`).join(', '),
      detail: `${long.length} files over ${LONG_LINES} lines (at most ${MAX_LONG_FILES})`,
    },
  ];
}

export function checkShape(files: SourceFile[], decisions: string, roles: readonly string[]): Violation[] {
  return [
    ...roleLists(files, roles),
    ...roleComparisons(files),
    ...inlineApiTypes(files),
    ...deviceTimes(files),
    ...modulesWithoutQueries(files, decisions),
    ...longFiles(files),
    ...tooManyLongFiles(files),
  ];
}
