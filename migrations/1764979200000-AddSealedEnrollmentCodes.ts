import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Codes kept encrypted next to their hash, so an invite sheet can be printed again and a
 * re-sent file returns the codes still working. Codes issued before stay unreadable
 * (null): HR reissues them with POST /cohorts/:id/codes.
 */
export class AddSealedEnrollmentCodes1764979200000 implements MigrationInterface {
  name = 'AddSealedEnrollmentCodes1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'enrollment_codes',
      new TableColumn({ name: 'code_sealed', type: 'varchar', length: '64', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('enrollment_codes', 'code_sealed');
  }
}
