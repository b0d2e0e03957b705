import type { LearnerProgressRow } from '../api/types';
import { count, dateTime, percent } from '../format';
import { t } from '../i18n/i18n';

export function CohortFiguresRow({ row }: { row: LearnerProgressRow }) {
  const items: Array<[string, string]> = [
    [t('lessons'), `${row.lessonsDelivered} / ${row.lessonsTotal}`],
    [t('answers'), count(row.answers)],
    [t('accuracy'), percent(row.accuracy)],
    [t('streak'), count(row.currentStreak)],
    [t('recall'), percent(row.meanRetrievability)],
    [t('lastActive'), dateTime(row.lastActiveAt)],
  ];
  return (
    <dl class="figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
