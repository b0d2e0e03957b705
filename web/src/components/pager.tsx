import { t } from '../i18n/i18n';

/** Previous / next buttons for a table shown a page at a time. */
export function Pager(props: { page: number; pages: number; onPage: (page: number) => void }) {
  if (props.pages <= 1) return null;
  return (
    <nav class="pager" aria-label={t('page', { page: props.page + 1, pages: props.pages })}>
      <button
        type="button"
        disabled={props.page === 0}
        onClick={() => props.onPage(props.page - 1)}
      >
        {t('previous')}
      </button>
      <span>{t('page', { page: props.page + 1, pages: props.pages })}</span>
      <button
        type="button"
        disabled={props.page >= props.pages - 1}
        onClick={() => props.onPage(props.page + 1)}
      >
        {t('next')}
      </button>
    </nav>
  );
}
