import type { NewCohort } from '../../src/modules/enrollment/cohort.service';
import { ContentRoot, CourseFiles, lesson } from '../factories/course-files';
import { enrolByHr } from './wechat-enrolment';
import { WechatHarness } from './wechat-harness';
import { WechatLearner } from './wechat-learner';

/** A local time in Shanghai (UTC+8: local 09:00 is 01:00Z). */
export const shanghai = (date: string, hhmm: string) =>
  new Date(Date.parse(`${date}T${hhmm}:00+08:00`));

/** Three lessons of three, two and one questions, in one module. */
export const THREE_LESSONS: CourseFiles = {
  id: 'mini-course',
  modules: [
    {
      id: 'basics',
      lessons: [
        lesson('first-lesson', ['a1', 'a2', 'a3']),
        lesson('second-lesson', ['b1', 'b2']),
        lesson('third-lesson', ['c1']),
      ],
    },
  ],
};

export interface Pilot {
  h: WechatHarness;
  /** 王丽 on the mock WeChat; she has said her code when `join` was asked for. */
  me: WechatLearner;
  cohortId: number;
  code: string;
  close(): Promise<void>;
}

/**
 * The WeChat tests' pilot: HR enrols 王丽 in a Shanghai cohort of `course` starting Monday 2
 * March 2026, with the cohort `settings` given, at `at`; she joins at once when `join`.
 */
export async function startPilot(options: {
  course: CourseFiles;
  at: Date;
  settings?: Partial<NewCohort>;
  join?: boolean;
}): Promise<Pilot> {
  const content = new ContentRoot().write(options.course);
  const h = await WechatHarness.start(content);
  h.t.clock.set(options.at);
  const enrolled = await enrolByHr(
    h.t,
    {
      name: 'Pilot',
      courseId: options.course.id,
      startDate: '2026-03-02',
      timezone: 'Asia/Shanghai',
      ...options.settings,
    },
    [{ externalId: 'E001', name: '王丽' }],
  );
  const { code } = enrolled.learners[0];
  const me = h.learner('王丽');
  if (options.join) await me.say(code);
  return {
    h,
    me,
    cohortId: enrolled.cohortId,
    code,
    close: async () => {
      await h.close();
      content.remove();
    },
  };
}
