import request from 'supertest';
import { ensureDashboardBuilt } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

describe('the dashboard served at /', () => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    ensureDashboardBuilt();
    t = await createTestApp();
  }, 120_000);
  afterAll(() => t.close());

  it('serves the page, forbidding anything from another origin', async () => {
    const page = await get('/')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(page.text).toContain('<div id="app">');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.text).not.toMatch(/https?:\/\//);
  });

  it('answers the page for any other path, so a reload keeps the route', async () => {
    const page = await get('/cohorts/12').expect(200);
    expect(page.text).toContain('<div id="app">');
  });

  it('serves its bundled script, cached for good', async () => {
    const html = (await get('/').expect(200)).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await get(script)
      .expect(200)
      .expect('Content-Type', /javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('keeps the API’s own 404s, and a missing asset is a 404 too', async () => {
    const api = await get('/api/v1/no-such-thing').expect(404);
    expect(api.body).toMatchObject({ statusCode: 404 });
    await get('/assets/missing.js').expect(404);
  });
});
