import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/test-app';
import { testEngine } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

type Operation = {
  responses: Record<string, unknown>;
  security?: unknown[];
  tags?: string[];
  summary?: string;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { bearerFormat?: string }> };
};

/** The validator is ESM-only, which Jest cannot load here; a plain Node process can. */
function validate(document: unknown): { valid: boolean; errors?: unknown } {
  const script = `
    import { Validator } from '@seriousme/openapi-schema-validator';
    const input = await new Promise((done) => { let s = ''; process.stdin.on('data', (c) => (s += c)).on('end', () => done(s)); });
    const result = await new Validator().validate(JSON.parse(input));
    process.stdout.write(JSON.stringify(result));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    input: JSON.stringify(document),
  });
  return JSON.parse(output.toString()) as { valid: boolean; errors?: unknown };
}

const operations = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );

describe(`the OpenAPI document (${testEngine()})`, () => {
  let t: TestApp;
  let served: Document;

  beforeAll(async () => {
    t = await createTestApp();
    served = (await request(t.app.getHttpServer()).get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('is the committed openapi.json (run `npm run openapi` after changing the API)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
  });

  it('is a valid OpenAPI document', () => {
    expect(validate(served)).toEqual({ valid: true });
  });

  it('describes the SPEC §4 error shape for 401 and 403 on every protected operation', () => {
    for (const { path, method, operation } of operations(served)) {
      if (path === '/api/v1/health') continue;
      expect([path, method, Object.keys(operation.responses)]).toEqual([
        path,
        method,
        expect.arrayContaining(['401', '403']),
      ]);
    }
  });

  it('gives every operation a summary, and says the bearer token is an API key, not a JWT', () => {
    const missing = operations(served)
      .filter(({ operation }) => !operation.summary)
      .map(({ path, method }) => `${method} ${path}`);
    expect(missing).toEqual([]);
    expect(JSON.stringify(served.components.securitySchemes)).not.toMatch(/JWT/);
    expect(served.components.securitySchemes.bearer.bearerFormat).toMatch(/sck_/);
  });

  it('describes every error the admin routes can answer, the per-key rate limit included', () => {
    const admin = operations(served).filter(({ operation }) =>
      ['cohorts', 'learners', 'deliveries', 'progress'].some((tag) =>
        operation.tags?.includes(tag),
      ),
    );
    expect(admin.length).toBeGreaterThanOrEqual(19);
    for (const { path, method, operation } of admin) {
      const codes = Object.keys(operation.responses);
      expect([path, method, codes]).toEqual([
        path,
        method,
        expect.arrayContaining(['401', '403', '429']),
      ]);
      if (path.includes('{id}'))
        expect([path, method, codes]).toEqual([
          path,
          method,
          expect.arrayContaining(['400', '404']),
        ]);
      expect(codes.some((code) => code.startsWith('2'))).toBe(true);
    }
  });
});
