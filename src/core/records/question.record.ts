import type { LocalizedText, QuestionType } from '../content/course-model';

export interface QuestionRecord {
  id: number;
  lessonId: number;
  key: string;
  position: number;
  type: QuestionType;
  prompt: LocalizedText;
  choices: LocalizedText[];
  answer: string;
  explain: LocalizedText;
  textHash: string;
  answerHash: string;
  createdAt: Date;
  updatedAt: Date;
  answerChangedAt: Date | null;
  retiredAt: Date | null;
}
