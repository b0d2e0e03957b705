import { useState } from 'preact/hooks';
import type { CohortResponse, CohortStatus } from '../api/types';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { describe } from './status-line';

const STATUSES: CohortStatus[] = ['active', 'paused', 'archived'];

/** Paused stops every session until active again; archived also refuses new learners. */
export function CohortStatusControl(props: { cohort: CohortResponse; onSaved: () => void }) {
  const { api } = session.value!;
  const [chosen, setChosen] = useState<CohortStatus>(props.cohort.status);
  const [note, setNote] = useState('');
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await api.send('PATCH', `/cohorts/${props.cohort.id}`, { status: chosen });
      setNote(t('statusSaved', { status: t(chosen) }));
      props.onSaved();
    } catch (error) {
      setNote(describe(error));
    }
  };
  return (
    <form class="inline no-print" onSubmit={save}>
      <label for="cohort-status">{t('cohortStatus')}</label>{' '}
      <select
        id="cohort-status"
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value as CohortStatus)}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(s)}
          </option>
        ))}
      </select>{' '}
      <button type="submit" disabled={chosen === props.cohort.status}>
        {t('saveStatus')}
      </button>{' '}
      <span aria-live="polite">{note}</span>
    </form>
  );
}

/** Said from 30 days before the cohort's holiday calendar runs out (see the README). */
export function CalendarWarningNote({ cohort }: { cohort: CohortResponse }) {
  if (!cohort.calendarWarning) return null;
  return (
    <p class="warning" role="note">
      <a href={`#/cohorts/${cohort.id}`}>{cohort.name}</a>:{' '}
      {t('calendarWarning', { warning: cohort.calendarWarning })}
    </p>
  );
}
