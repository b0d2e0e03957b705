import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock';
import { LocalizedText, questionKey } from '../../core/content/course-model';
import { worstFirst } from '../../core/progress/question-ranking';
import { forgettingCurve, ratio } from '../../core/progress/recall';
import { ChoiceCount, mostChosenWrong } from '../../core/progress/wrong-choices';
import { CohortService } from '../enrollment/cohort.service';
import { CurrentParameters } from '../memory-model/current-parameters';
import {
  QuestionStatResponse,
  QuestionStatsResponse,
  WrongChoiceResponse,
} from './dto/question-stats.response';
import { AnswerCounts, CourseQuestion, QuestionStatsRepository } from './question-stats.repository';

interface Figures {
  sent: Map<number, number>;
  answers: Map<number, AnswerCounts>;
  wrong: Map<number, ChoiceCount>;
  recall: Map<number, number | null>;
}

const NO_ANSWERS: AnswerCounts = { answers: 0, correct: 0, firstTries: 0, firstTryCorrect: 0 };

/** Item analysis for trainers: which questions a cohort gets wrong, and with which wrong answer. */
@Injectable()
export class QuestionStatsService {
  constructor(
    private readonly clock: Clock,
    private readonly cohorts: CohortService,
    private readonly reader: QuestionStatsRepository,
    private readonly fitted: CurrentParameters,
  ) {}

  async report(cohortId: number): Promise<QuestionStatsResponse> {
    const cohort = await this.cohorts.get(cohortId);
    const now = this.clock.now();
    const curve = forgettingCurve(await this.fitted.forCourse(cohort.courseId));
    const [sent, answers, wrongChoices, recall] = await Promise.all([
      this.reader.timesSent(cohortId),
      this.reader.answers(cohortId),
      this.reader.wrongChoices(cohortId),
      this.reader.recall(cohortId, now, curve),
    ]);
    const figures: Figures = { sent, answers, wrong: mostChosenWrong(wrongChoices), recall };
    // Retired questions stay in the report while this cohort has history for them.
    const questions = (await this.reader.questionsOf(cohort.courseId)).filter(
      (q) =>
        (q.retiredAt === null && q.lesson.retiredAt === null) ||
        sent.has(q.id) ||
        answers.has(q.id),
    );
    const ranked = questions
      .map((q) => ({ q, stat: toQuestionStat(q, figures) }))
      .sort((a, b) => worstFirst(rankOf(a.q, a.stat), rankOf(b.q, b.stat)));
    return {
      cohortId,
      courseId: cohort.courseId,
      generatedAt: now,
      questions: ranked.map((r) => r.stat),
    };
  }
}

function toQuestionStat(q: CourseQuestion, f: Figures): QuestionStatResponse {
  const counts = f.answers.get(q.id) ?? NO_ANSWERS;
  const wrong = f.wrong.get(q.id);
  return {
    questionId: questionKey(q.lesson.courseId, q.lesson.key, q.key),
    lessonId: q.lesson.key,
    lessonTitle: q.lesson.title,
    type: q.type,
    prompt: q.prompt,
    correctAnswer: q.answer,
    retired: q.retiredAt !== null || q.lesson.retiredAt !== null,
    answerChangedAt: q.answerChangedAt,
    timesSent: f.sent.get(q.id) ?? 0,
    timesAnswered: counts.answers,
    firstTryAnswers: counts.firstTries,
    firstTryAccuracy: ratio(counts.firstTryCorrect, counts.firstTries),
    accuracy: ratio(counts.correct, counts.answers),
    mostChosenWrong: wrong ? toWrongChoice(wrong, q.choices) : null,
    meanRetrievability: f.recall.get(q.id) ?? null,
  };
}

/** The texts of the letters chosen ("AC" -> choices A and C); true/false have none. */
function toWrongChoice(choice: ChoiceCount, choices: LocalizedText[]): WrongChoiceResponse {
  const texts = [...choice.answer]
    .map((letter) => choices[letter.charCodeAt(0) - 65])
    .filter((text): text is LocalizedText => text !== undefined);
  return {
    answer: choice.answer,
    count: choice.count,
    texts: /^[A-E]+$/.test(choice.answer) ? texts : [],
  };
}

const rankOf = (q: CourseQuestion, stat: QuestionStatResponse) => ({
  firstTryAccuracy: stat.firstTryAccuracy,
  accuracy: stat.accuracy,
  timesAnswered: stat.timesAnswered,
  order: [q.lesson.position, q.position] as const,
});
