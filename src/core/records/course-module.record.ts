import type { LocalizedText } from '../content/course-model';

export interface CourseModuleRecord {
  id: number;
  courseId: string;
  key: string;
  position: number;
  title: LocalizedText;
  contentHash: string;
  retiredAt: Date | null;
}
