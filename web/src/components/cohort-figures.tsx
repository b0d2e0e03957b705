import type { CohortFigures } from '../charts/chart-data';
import { t } from '../i18n/i18n';
import { count, percent } from '../format';

/** The headline figures of a cohort, as a definition list the test reads by name. */
export function CohortFiguresView({ figures }: { figures: CohortFigures }) {
  const items: Array<[string, string, string]> = [
    ['learners', t('learners'), count(figures.learners)],
    ['joined', t('joined'), count(figures.joined)],
    ['active7', t('active7'), count(figures.active7)],
    ['participation', t('participation'), percent(figures.participation)],
    ['accuracy', t('accuracy'), percent(figures.accuracy)],
    ['atRisk', t('atRisk'), count(figures.atRisk)],
  ];
  return (
    <dl class="figures">
      {items.map(([key, label, value]) => (
        <div key={key} data-figure={key}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
