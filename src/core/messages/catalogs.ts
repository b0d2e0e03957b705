import type { Locale } from '../content/course-model';
import { en } from './catalog.en';
import { zh } from './catalog.zh';
import type { MessageCatalog } from './message-catalog';

export type { MessageCatalog } from './message-catalog';

export const catalogs: Record<Locale, MessageCatalog> = { zh, en };
