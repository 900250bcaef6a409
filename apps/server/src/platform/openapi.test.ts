import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, type TestApp } from '../test/helpers';

interface Operation {
  operationId?: string;
  tags?: string[];
  'x-access'?: { public?: true; authenticated?: true; roles?: string[] };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface Doc {
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
}

let t: TestApp;
let doc: Doc;
let ops: { method: string; path: string; op: Operation }[];
beforeAll(async () => {
  t = await buildTestApp();
  doc = (await call(t.app, 'GET', '/api/openapi.json')).json();
  ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({ method, path, op })),
  );
});
afterAll(() => t.close());

describe('the OpenAPI document other systems generate clients from', () => {
  it('is a valid OpenAPI 3 document (swagger-parser)', async () => {
    // validate() dereferences in place: hand it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it('gives every operation a unique, camelCase operationId', () => {
    const ids = ops.map((o) => o.op.operationId);
    for (const id of ids) expect(id).toMatch(/^(get|post|put|patch|delete)[A-Z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ops.length);
    expect(doc.paths['/api/users/{id}']?.get?.operationId).toBe('getUsersById');
  });

  it('tags every operation with its module, each tag described in Chinese and English', () => {
    const described = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description ?? '']));
    for (const { method, path, op } of ops) {
      expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) {
        expect(described.get(tag), `tag ${tag}`).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
      }
    }
  });

  it('declares who may call every operation (x-access)', () => {
    for (const { method, path, op } of ops) {
      const a = op['x-access'];
      expect(a?.public || a?.authenticated || (a?.roles?.length ?? 0) > 0, `${method} ${path}`).toBeTruthy();
    }
    expect(doc.paths['/api/auth/login']?.post?.['x-access']).toEqual({ public: true });
    expect(doc.paths['/api/todo']?.get?.['x-access']).toEqual({ authenticated: true });
    expect(doc.paths['/api/audit']?.get?.['x-access']?.roles).toContain('sysadmin');
  });

  it('declares the 4xx answers as application/problem+json with the shared Problem schema', () => {
    expect(doc.components.schemas.Problem).toBeTruthy();
    for (const { method, path, op } of ops) {
      const fours = Object.keys(op.responses).filter((s) => s.startsWith('4'));
      expect(fours, `${method} ${path}`).toContain('400');
      if (!op['x-access']?.public) expect(fours).toContain('401');
      if (op['x-access']?.roles) expect(fours).toContain('403');
      if (path.includes('{')) expect(fours).toContain('404');
      for (const s of fours) {
        const schema = op.responses[s]?.content?.['application/problem+json']?.schema;
        expect(schema?.$ref, `${method} ${path} ${s}`).toBe('#/components/schemas/Problem');
      }
    }
  });

  it('declares the uploads as multipart/form-data with a file field', () => {
    const upload = doc.paths['/api/files']?.post as unknown as {
      requestBody: { content: Record<string, unknown> };
    };
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
  });
});
