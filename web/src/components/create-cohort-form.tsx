import { useState } from 'preact/hooks';
import type { CohortResponse, CourseResponse } from '../api/types';
import { localized, t } from '../i18n/i18n';
import { session } from '../session';
import { useLoad } from '../use-load';
import { FormMessage, FormNote } from './form-message';
import { describe } from './status-line';

export function CreateCohortForm({ onCreated }: { onCreated: () => void }) {
  const { api } = session.value!;
  const courses = useLoad(() => api.get<CourseResponse[]>('/courses'), [api]);
  const [form, setForm] = useState({
    name: '',
    courseId: '',
    startDate: '',
    deliveryTime: '09:00',
  });
  const [message, setMessage] = useState<FormNote | null>(null);
  const field = (name: keyof typeof form) => ({
    id: `cohort-${name}`,
    value: form[name],
    onInput: (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
      setForm({ ...form, [name]: e.currentTarget.value }),
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = Object.fromEntries(Object.entries(form).filter(([, v]) => v !== ''));
    if (!body.courseId && courses.data?.[0]) body.courseId = courses.data[0].id;
    try {
      const cohort = await api.send<CohortResponse>('POST', '/cohorts', body);
      setMessage({ error: false, text: `${t('created')}: ${cohort.name}` });
      setForm({ ...form, name: '' });
      onCreated();
    } catch (error) {
      setMessage({ error: true, text: describe(error) });
    }
  };
  return (
    <form class="card" onSubmit={submit} aria-labelledby="new-cohort">
      <h2 id="new-cohort">{t('newCohort')}</h2>
      <label for="cohort-name">{t('cohortName')}</label>
      <input required maxLength={200} {...field('name')} />
      <label for="cohort-courseId">{t('course')}</label>
      <select {...field('courseId')}>
        {courses.data?.map((c) => (
          <option key={c.id} value={c.id}>
            {localized(c.title)} ({c.id})
          </option>
        ))}
      </select>
      <label for="cohort-startDate">{t('startDate')}</label>
      <input type="date" {...field('startDate')} />
      <label for="cohort-deliveryTime">{t('deliveryTime')}</label>
      <input type="time" {...field('deliveryTime')} />
      <button type="submit">{t('create')}</button>
      <FormMessage note={message} />
    </form>
  );
}
