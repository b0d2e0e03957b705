import { TableColumnOptions, TableForeignKey } from 'typeorm';

/**
 * Column shapes that mean the same on SQLite and MySQL/MariaDB. Migrations use only
 * these, so one file runs on both engines. Never change one once a migration uses it.
 */
export const col = {
  id: (): TableColumnOptions => ({
    name: 'id',
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  int: (name: string, isNullable = false): TableColumnOptions => ({
    name,
    type: 'integer',
    isNullable,
  }),
  double: (name: string): TableColumnOptions => ({ name, type: 'double' }),
  varchar: (name: string, length: number, isNullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable,
  }),
  text: (name: string, isNullable = false): TableColumnOptions => ({
    name,
    type: 'text',
    isNullable,
  }),
  time: (name: string, isNullable = false): TableColumnOptions => ({
    name,
    type: 'datetime',
    isNullable,
  }),
};

export function foreignKey(name: string, column: string, table: string): TableForeignKey {
  return new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete: 'RESTRICT',
    onUpdate: 'NO ACTION',
  });
}
