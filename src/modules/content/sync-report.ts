import { ChangeKind } from '../../core/content/content-diff';

export type ItemKind = 'course' | 'module' | 'lesson' | 'question';

export interface ItemChange {
  kind: ItemKind;
  /** Global id: `course`, `course/module`, `course/lesson` or `course/lesson/question`. */
  id: string;
  change: ChangeKind;
}

export type ChangeCounts = Record<ChangeKind, number>;

export interface CourseSyncReport {
  courseId: string;
  change: ChangeKind;
  counts: { modules: ChangeCounts; lessons: ChangeCounts; questions: ChangeCounts };
  items: ItemChange[];
}

export interface SyncReport {
  /** True for the dry run of `content/validate`: nothing was written. */
  dryRun: boolean;
  courses: CourseSyncReport[];
  /** Warnings from validation, printed as `path:line:column warning: message`. */
  warnings: string[];
}

const emptyCounts = (): ChangeCounts => ({
  added: 0,
  updated: 0,
  unchanged: 0,
  retired: 0,
  revived: 0,
  'answer-changed': 0,
});

/** Collects the changes of one course as the writer makes them. */
export class CourseReportBuilder {
  private change: ChangeKind = 'unchanged';
  private readonly items: ItemChange[] = [];
  private readonly counts = { modules: emptyCounts(), lessons: emptyCounts(), questions: emptyCounts() };

  constructor(private readonly courseId: string) {}

  record(kind: ItemKind, id: string, change: ChangeKind): void {
    if (kind === 'course') this.change = change;
    else this.counts[`${kind}s`][change]++;
    this.items.push({ kind, id, change });
  }

  build(): CourseSyncReport {
    return { courseId: this.courseId, change: this.change, counts: this.counts, items: this.items };
  }
}
