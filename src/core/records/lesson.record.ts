import type { Locale, LocalizedText } from '../content/course-model';

export interface LessonRecord {
  id: number;
  courseId: string;
  key: string;
  moduleKey: string;
  position: number;
  title: LocalizedText;
  body: LocalizedText;
  locales: Locale[];
  contentHash: string;
  createdAt: Date;
  updatedAt: Date;
  retiredAt: Date | null;
}
