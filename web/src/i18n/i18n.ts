import { signal } from '@preact/signals';
import { en } from './en';
import { zh, type Messages } from './zh';

export type Lang = 'zh' | 'en';
const CATALOGUES: Record<Lang, Messages> = { zh, en };
const STORED = 'spaced-coach.lang';

/** The browser's language unless the user chose one in this browser. */
export function initialLang(stored: string | null, browser: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  return browser.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export const lang = signal<Lang>(
  initialLang(localStorage.getItem(STORED), navigator.languages ?? [navigator.language]),
);

export function setLang(next: Lang): void {
  lang.value = next;
  localStorage.setItem(STORED, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** A message in the current language, with `{name}` filled from `values`. */
export function t(key: keyof Messages, values: Record<string, string | number> = {}): string {
  return CATALOGUES[lang.value][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}

/** Course titles come in both languages; fall back to the other one. */
export const localized = (text: { zh?: string; en?: string } | undefined): string =>
  (lang.value === 'zh' ? (text?.zh ?? text?.en) : (text?.en ?? text?.zh)) ?? '';
