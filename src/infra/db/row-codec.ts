import {
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  ValueTransformer,
} from 'typeorm';

export type Engine = 'sqlite' | 'mysql';

export const engineOf = (m: EntityManager): Engine =>
  m.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';

/** A table or column name quoted for the engine. */
export const quoteName = (engine: Engine, name: string): string =>
  engine === 'sqlite' ? `"${name}"` : `\`${name}\``;

type Kind = 'datetime' | 'json' | 'plain';

/** The column types the entities use, by how their values travel. */
const KINDS: Record<string, Kind> = {
  datetime: 'datetime',
  'simple-json': 'json',
  integer: 'plain',
  int: 'plain',
  double: 'plain',
  varchar: 'plain',
  text: 'plain',
};

export interface CodecColumn {
  property: string;
  /** The column's name in the table, quoted for the engine. */
  quoted: string;
  kind: Kind;
  primary: boolean;
  generated: boolean;
  transformers: ValueTransformer[];
}

/**
 * How one entity's values are written to and read from its table, by our own rules rather
 * than the ORM driver's, for the hot paths that bypass the query builder. The entity's
 * mapping (table, columns, types) still comes from its TypeORM decorators.
 *
 * - datetime: SQLite keeps UTC text `YYYY-MM-DD HH:MM:SS.SSS`, the format TypeORM writes
 *   there; MySQL/MariaDB receive and return a Date (the connection's time zone is UTC).
 * - simple-json: JSON text on both.
 * - any other type of column is refused when the codec is built, not garbled later.
 */
export class RowCodec<T extends ObjectLiteral = ObjectLiteral> {
  readonly table: string;
  readonly columns: CodecColumn[];
  private readonly byProperty = new Map<string, CodecColumn>();

  constructor(
    private readonly metadata: EntityMetadata,
    readonly engine: Engine,
  ) {
    this.table = quoteName(engine, metadata.tableName);
    this.columns = metadata.columns.map((c) => {
      const kind = KINDS[String(c.type)];
      if (!kind) throw new Error(`${metadata.tableName}.${c.databaseName}: no codec for ${c.type}`);
      const column: CodecColumn = {
        property: c.propertyName,
        quoted: quoteName(engine, c.databaseName),
        kind,
        primary: c.isPrimary,
        generated: c.isGenerated,
        transformers: [c.transformer ?? []].flat(),
      };
      this.byProperty.set(c.propertyName, column);
      return column;
    });
  }

  get tableName(): string {
    return this.metadata.tableName;
  }

  column(property: string): CodecColumn {
    const column = this.byProperty.get(property);
    if (!column) throw new Error(`${this.metadata.tableName} has no column for "${property}"`);
    return column;
  }

  /** The value to bind for `value` of `column`. */
  encode(column: CodecColumn, value: unknown): unknown {
    for (const t of column.transformers) value = t.to(value);
    if (value === null || value === undefined) return null;
    if (column.kind === 'json') return JSON.stringify(value);
    if (column.kind === 'datetime') {
      const date = value instanceof Date ? value : new Date(value as string | number);
      return this.engine === 'sqlite' ? date.toISOString().slice(0, 23).replace('T', ' ') : date;
    }
    return value;
  }

  /** The entity's value for what the driver returned for `column`. */
  decode(column: CodecColumn, raw: unknown): unknown {
    let value = raw;
    if (value !== null && value !== undefined) {
      if (column.kind === 'json' && typeof value === 'string') value = JSON.parse(value);
      else if (column.kind === 'datetime') value = utcDate(value);
    }
    for (let i = column.transformers.length - 1; i >= 0; i--) {
      value = column.transformers[i].from(value);
    }
    return value;
  }

  /** `encode` by property name, for a value bound in hand-written SQL. */
  encodeProperty(property: string, value: unknown): unknown {
    return this.encode(this.column(property), value);
  }

  /** `decode` by property name, for a column read by hand-written SQL. */
  decodeProperty(property: string, raw: unknown): unknown {
    return this.decode(this.column(property), raw);
  }

  /** An entity from its columns' raw values, in the order of `columns`. */
  entity(raw: (column: CodecColumn, index: number) => unknown): T {
    const found = this.metadata.create() as Record<string, unknown>;
    this.columns.forEach(
      (column, i) => (found[column.property] = this.decode(column, raw(column, i))),
    );
    return found as T;
  }
}

/** A DATETIME as the drivers return it: a Date, or UTC text without a zone (SQLite). */
function utcDate(value: unknown): Date {
  if (value instanceof Date) return value;
  let text = String(value);
  if (isSqliteTime(text)) return sqliteTime(text);
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d/.test(text)) text = text.replace(' ', 'T');
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(text)) text += 'Z';
  return new Date(text);
}

const isSqliteTime = (text: string) =>
  text.length === 23 &&
  text.charCodeAt(0) > 48 && // a four-digit year
  text.charCodeAt(4) === 45 && // -
  text.charCodeAt(10) === 32 && // space
  text.charCodeAt(19) === 46; // .
const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/**
 * TypeORM's SQLite text, `YYYY-MM-DD HH:MM:SS.SSS`, read digit by digit: planning reads a
 * few hundred thousand of them a day, and the pattern tests cost three times this.
 */
function sqliteTime(text: string): Date {
  return new Date(
    Date.UTC(
      twoDigits(text, 0) * 100 + twoDigits(text, 2),
      twoDigits(text, 5) - 1,
      twoDigits(text, 8),
      twoDigits(text, 11),
      twoDigits(text, 14),
      twoDigits(text, 17),
      digit(text, 20) * 100 + twoDigits(text, 21),
    ),
  );
}

const codecs = new WeakMap<EntityMetadata, RowCodec>();

/** The entity's codec, built once: the hot paths use the same few thousands of times. */
export function codecFor<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
): RowCodec<T> {
  const metadata = m.connection.getMetadata(entity);
  let codec = codecs.get(metadata);
  if (!codec) codecs.set(metadata, (codec = new RowCodec(metadata, engineOf(m))));
  return codec as RowCodec<T>;
}
