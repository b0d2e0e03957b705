/**
 * The writes that erase a person. Run inside one unit of work; `eraseTraces` after it commits.
 */
export abstract class ErasureRepository {
  /** Name, HR's id, the WeChat binding and alias, settings that could single them out; unused codes revoked. */
  abstract forgetPerson(learnerId: number, now: Date): Promise<void>;
  /** Open enrolments withdrawn, no next session, open sessions and prompts expired. */
  abstract stopTeaching(enrollmentIds: number[], now: Date): Promise<void>;
  /**
   * Their replies as typed, the WeChat ids of their messages (which WeChat could tie back to
   * them), and the texts sent to them (a welcome names them). Bodies are blanked before rows
   * are deleted, so a deleted row's page holds no name either.
   */
  abstract forgetWords(learnerId: number, enrollmentIds: number[]): Promise<void>;
  /**
   * Lets the overwritten values leave the disk too (SQLite's write-ahead log); false when
   * the database was busy and will do it on its own later.
   */
  abstract eraseTraces(): Promise<boolean>;
}
