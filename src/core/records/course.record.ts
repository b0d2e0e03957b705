import type { Locale, LocalizedText } from '../content/course-model';

export interface CourseRecord {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  defaultLocale: Locale;
  locales: Locale[];
  contentHash: string;
  createdAt: Date;
  updatedAt: Date;
  retiredAt: Date | null;
}
