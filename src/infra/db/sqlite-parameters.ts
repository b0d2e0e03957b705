import { DataSource } from 'typeorm';

type Escape = (
  sql: string,
  parameters: Record<string, unknown>,
  nativeParameters: Record<string, unknown>,
) => [string, unknown[]];

/**
 * TypeORM's SQLite drivers write number parameters into the SQL text (`WHERE "id" = 42`),
 * so a find by id is a new statement for every id: prepared afresh, and pushing the hot
 * statements out of the driver's cache. Whole numbers are bound as BigInt instead, which
 * better-sqlite3 binds as an exact INTEGER; fractions keep TypeORM's way.
 */
export function bindSqliteIntegers(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const driver = dataSource.driver as unknown as { escapeQueryWithParameters: Escape };
  const escape = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql, parameters, nativeParameters) => {
    const bound: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parameters ?? {})) {
      bound[key] = Number.isSafeInteger(value) ? BigInt(value as number) : value;
    }
    return escape(sql, bound, nativeParameters);
  };
}
