/**
 * A body that takes no fields: the content folder is the server's CONTENT_DIR, never the
 * caller's. Declared so the global pipe refuses any field sent (400) instead of ignoring it.
 */
export class NoFieldsDto {}
