import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import {
  formatRecord,
  formatRecords,
  parseSpool,
  SpoolRecord,
} from '../../core/inbound/spool-record';

/** Personal text: readable by the service's user only. */
const FILE_MODE = 0o600;

export interface SpoolOpening {
  spool: SpoolFile;
  /** Lines skipped as unreadable, and whether a torn last line was dropped. */
  damaged: number;
  torn: boolean;
}

/**
 * The append-only file of messages waiting for the database, one process's own. Every
 * change is on disk (fsynced) before the call returns; the records are mirrored in memory,
 * so reading the next one costs nothing. Synchronous on purpose: a spool is small and used
 * in an outage, and no other code runs between a read and its write.
 */
export class SpoolFile {
  private constructor(
    readonly path: string,
    private readonly records: SpoolRecord[],
  ) {}

  /** Opens (or starts) the spool at `path`; rewrites it clean when a crash left it torn. */
  static open(path: string): SpoolOpening {
    mkdirSync(dirname(path), { recursive: true });
    const parsed = parseSpool(readOrEmpty(path));
    const spool = new SpoolFile(path, parsed.records);
    if (parsed.torn || parsed.damaged > 0) spool.rewrite();
    return { spool, damaged: parsed.damaged, torn: parsed.torn };
  }

  get size(): number {
    return this.records.length;
  }

  first(): SpoolRecord | undefined {
    return this.records[0];
  }

  append(record: SpoolRecord): void {
    const fd = openSync(this.path, 'a', FILE_MODE);
    try {
      writeSync(fd, formatRecord(record));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (this.records.length === 0) syncFolder(this.path);
    this.records.push(record);
  }

  /** Deletes the first record, once it has been handled; the file goes with the last one. */
  dropFirst(): void {
    this.records.shift();
    this.rewrite();
  }

  /** Replaces the file with the records in memory, atomically (a new file renamed over it). */
  private rewrite(): void {
    if (this.records.length === 0) {
      unlinkSync(this.path);
    } else {
      const next = `${this.path}.next`;
      const fd = openSync(next, 'w', FILE_MODE);
      try {
        writeSync(fd, formatRecords(this.records));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(next, this.path);
    }
    syncFolder(this.path);
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** A created, renamed or deleted file is durable only once its folder is synced too. */
function syncFolder(path: string): void {
  const fd = openSync(dirname(path), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
