import { ApiError } from '../api/client';
import { t } from '../i18n/i18n';

/** Loading and failure, said the same way on every page. */
export function StatusLine({ loading, error }: { loading?: boolean; error?: unknown }) {
  if (error) {
    const forbidden = error instanceof ApiError && error.status === 403;
    return (
      <p role="alert" class="error">
        {forbidden ? t('forbidden') : t('error', { message: describe(error) })}
      </p>
    );
  }
  return loading ? <p aria-live="polite">{t('loading')}</p> : null;
}

export function describe(error: unknown): string {
  if (error instanceof ApiError) {
    const details = error.body?.details?.map((d) => `${d.field} ${d.message}`).join('; ');
    return details ? `${error.message}: ${details}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
