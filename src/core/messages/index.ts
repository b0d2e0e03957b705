/** Every text the bot sends, in every locale: catalogues of wording and the renderers. */
export { exampleAnswer, letters } from './answer-letters';
export { catalogs, type MessageCatalog } from './catalogs';
export * from './dialogue-messages';
export { localize } from './localized-text';
export type * from './message-views';
export { answerViewOf, promptViewOf } from './question-views';
export * from './quiz-messages';
export { formatComesBack, formatNextSession } from './time-labels';
