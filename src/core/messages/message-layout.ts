/** Lines of one paragraph; empty parts are dropped, so optional lines can be passed as ''. */
export const lines = (...parts: (string | undefined)[]): string =>
  parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n');

/** Paragraphs of one WeChat message, a blank line apart (WeChat shows plain text only). */
export const paragraphs = (...parts: (string | undefined)[]): string =>
  parts.filter((p): p is string => p !== undefined && p.trim() !== '').join('\n\n');
