import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NextFunction, Request, Response } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';

/** `dist/web` as seen from `src/http` (ts-node) and from `dist/src/http` (compiled). */
const CANDIDATES = [resolve(__dirname, '../../dist/web'), resolve(__dirname, '../../web')];

export const dashboardDir = (): string | undefined =>
  CANDIDATES.find((dir) => existsSync(join(dir, 'index.html')));

/**
 * Every asset is bundled and served from here, so the page may load nothing from elsewhere:
 * an intranet without internet must see the same page.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  // ECharts and the page set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The dashboard at `/`: its hashed assets, and `index.html` for any other non-API GET so the
 * page's own routes survive a reload. `/api/...` is left to Nest (and its 404s).
 */
export function serveDashboard(app: NestExpressApplication): void {
  const dir = dashboardDir();
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!dir) {
      res.status(503).type('text/plain').send(NOT_BUILT);
      return;
    }
    next();
  });
  if (!dir) return;
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res, path) =>
      res.setHeader(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const asset = req.path.startsWith('/assets/');
    if (asset || isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dir, 'index.html'));
  });
}

const NOT_BUILT =
  'The dashboard is not built yet: run `npm run build:web` (or `npm start`, which builds it when missing). The API is at /api/v1.';
