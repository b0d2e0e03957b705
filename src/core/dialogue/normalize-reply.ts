/**
 * Text as a learner's phone sends it, made comparable: IMEs switch between full-width and
 * half-width forms, WeChat wraps quoted messages around the reply, and copy-paste brings
 * invisible characters along. Every step is a single linear pass, so a 10,000-character
 * message costs no more than reading it; the parsers then refuse anything long.
 */

/** Zero-width spaces and joiners, BOM, soft hyphen, bidi marks and emoji variation selectors. */
const INVISIBLE =
  /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\u200D|\uFE0E|\uFE0F/g;

/** NFKC leaves these dash forms alone; WeChat's separator line has been seen with several. */
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/** WeChat draws the separator with 15 dashes; five is enough to be sure it is not a reply. */
const MIN_SEPARATOR_DASHES = 5;

export function normalizeReply(text: string): string {
  const visible = text.normalize('NFKC').replace(INVISIBLE, '');
  return withoutQuoteBlock(afterQuoteSeparator(visible)).replace(/\s+/g, ' ').trim();
}

/**
 * A quote reply arrives as `「Sender: quoted text」`, a line of dashes, then the reply.
 * The quoted text can itself hold a separator (quoting a quote), so the last one counts.
 */
function afterQuoteSeparator(text: string): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isQuoteSeparator(lines[i])) return lines.slice(i + 1).join('\n');
  }
  return text;
}

function isQuoteSeparator(line: string): boolean {
  let dashes = 0;
  for (const ch of line) {
    if (DASHES.has(ch)) dashes++;
    else if (ch.trim() !== '') return false;
  }
  return dashes >= MIN_SEPARATOR_DASHES;
}

/**
 * Some clients send the quote without the dashed line, as a `「…」` block on its own line
 * before or after the reply. Only whole lines count, so `加入「ABC234」` keeps its code.
 */
function withoutQuoteBlock(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('「')) {
    const end = trimmed.indexOf('」\n');
    if (end >= 0 && trimmed.slice(end + 2).trim() !== '') return trimmed.slice(end + 2);
  }
  if (trimmed.endsWith('」')) {
    const start = trimmed.lastIndexOf('\n「');
    if (start >= 0 && trimmed.slice(0, start).trim() !== '') return trimmed.slice(0, start);
  }
  return trimmed;
}
