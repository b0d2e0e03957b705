import { useState } from 'preact/hooks';
import type { CourseDetailResponse, CourseResponse, SyncReportResponse } from '../api/types';
import { describe, StatusLine } from '../components/status-line';
import { localized, t } from '../i18n/i18n';
import { session } from '../session';
import { useLoad } from '../use-load';

/** Trainers: the course tree, and content checked or synced with every problem listed. */
export function CoursesPage() {
  const { api } = session.value!;
  const courses = useLoad(async () => {
    const list = await api.get<CourseResponse[]>('/courses');
    return Promise.all(
      list.map((c) => api.get<CourseDetailResponse>(`/courses/${encodeURIComponent(c.id)}`)),
    );
  }, [api]);
  return (
    <>
      <h1>{t('courses')}</h1>
      <ContentCheck onSynced={courses.reload} />
      <StatusLine loading={courses.loading && !courses.data} error={courses.error} />
      {courses.data?.map((course) => (
        <section key={course.id} aria-labelledby={`course-${course.id}`}>
          <h2 id={`course-${course.id}`}>
            {t('courseTree')}: {localized(course.title)} ({course.id})
          </h2>
          <ul class="tree">
            {course.modules.map((m) => (
              <li key={m.id}>
                {localized(m.title)}
                <ul>
                  {m.lessons.map((l) => (
                    <li key={l.id}>
                      {localized(l.title)} · {l.questions.length} {t('question')}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function ContentCheck({ onSynced }: { onSynced: () => void }) {
  const { api } = session.value!;
  const [report, setReport] = useState<SyncReportResponse | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const run = async (action: 'validate' | 'sync') => {
    try {
      setReport(await api.send<SyncReportResponse>('POST', `/content/${action}`));
      setProblems([]);
      if (action === 'sync') onSynced();
    } catch (error) {
      setReport(null);
      setProblems([describe(error)]);
    }
  };
  const listed = [...problems, ...(report?.warnings ?? [])];
  return (
    <section aria-labelledby="content-check">
      <h2 id="content-check">{t('problems')}</h2>
      <button type="button" onClick={() => run('validate')}>
        {t('validate')}
      </button>{' '}
      <button type="button" onClick={() => run('sync')}>
        {t('sync')}
      </button>
      {(report || problems.length > 0) &&
        (listed.length === 0 ? (
          <p role="status">{t('noProblems')}</p>
        ) : (
          <ul role="alert">
            {listed.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        ))}
      {report && (
        <p>
          {t('changes')}: {report.courses.map((c) => `${c.courseId}: ${c.change}`).join('; ')}
        </p>
      )}
    </section>
  );
}
