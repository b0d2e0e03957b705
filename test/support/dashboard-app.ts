import { AddressInfo } from 'node:net';
import { ContentRoot, smallCourse } from '../factories/course-files';
import { DashboardBrowser, ensureDashboardBuilt, openDashboardBrowser } from './browser';
import { createTestApp, TestApp } from './test-app';

/** The app with the small course on a free port, and Chromium on its dashboard. */
export interface DashboardApp {
  t: TestApp;
  b: DashboardBrowser;
  origin: string;
  /** The admin API as `key` sees it, JSON both ways; throws on any failure, with its body. */
  api<T>(path: string, key: string, init?: RequestInit): Promise<T>;
  close(): Promise<void>;
}

export async function openDashboardApp(): Promise<DashboardApp> {
  ensureDashboardBuilt();
  const root = new ContentRoot().write(smallCourse());
  const t = await createTestApp({ CONTENT_DIR: root.dir });
  await t.app.listen(0, '127.0.0.1');
  const origin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const b = await openDashboardBrowser(origin);
  return {
    t,
    b,
    origin,
    api: async <T>(path: string, key: string, init: RequestInit = {}): Promise<T> => {
      const response = await fetch(`${origin}/api/v1${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    close: async () => {
      await b.close();
      await t.close();
      root.remove();
    },
  };
}
