import { t } from './i18n/i18n';

export const percent = (value: number | null | undefined): string =>
  value === null || value === undefined ? t('notAvailable') : `${Math.round(value * 100)}%`;

export const count = (value: number | null | undefined): string =>
  value === null || value === undefined ? t('notAvailable') : value.toLocaleString();

export const dateTime = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString() : t('never');

/** Saves a fetched file under `name`, as a link with the key could not. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
