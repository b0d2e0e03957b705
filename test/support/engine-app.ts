import { ContentRoot, CourseFiles } from '../factories/course-files';
import { EngineDriver } from './engine-driver';
import { createTestApp, TestApp } from './test-app';

export interface EngineApp {
  t: TestApp;
  engine: EngineDriver;
  close(): Promise<void>;
}

/** The app on `course` alone, driven as the minute tick and the sender would. */
export async function openEngineApp(course: CourseFiles): Promise<EngineApp> {
  const root = new ContentRoot().write(course);
  const t = await createTestApp({ CONTENT_DIR: root.dir });
  return {
    t,
    engine: new EngineDriver(t),
    close: async () => {
      await t.close();
      root.remove();
    },
  };
}
