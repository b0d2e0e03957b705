/** A lesson delivered to an enrollment; its questions' cards are created with it. */
export interface EnrollmentLessonRecord {
  id: number;
  enrollmentId: number;
  lessonId: number;
  sessionId: number;
  deliveredAt: Date;
}
