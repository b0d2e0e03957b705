import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../core/errors';
import { ContentSyncService } from './content-sync.service';

/** Loads CONTENT_DIR at start; broken content is logged and the last good content stays. */
@Injectable()
export class ContentStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger('Content');

  constructor(
    private readonly content: ContentSyncService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dir = this.config.contentDir;
    try {
      const report = await this.content.sync(dir);
      for (const course of report.courses) {
        const q = course.counts.questions;
        this.logger.log(
          `${course.courseId}: ${course.change}; questions ${q.added} added, ${q.updated} updated, ` +
            `${q['answer-changed']} answer-changed, ${q.retired} retired, ${q.unchanged} unchanged`,
        );
      }
      for (const warning of report.warnings) this.logger.warn(warning);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.error(`Content in ${dir} was NOT loaded: ${error.message}. Serving the last good content.`);
      for (const detail of error.details) this.logger.error(`${detail.field} ${detail.message}`);
      if (error.code === 'conflict') {
        this.logger.error(`To retire them anyway: npm run content:sync -- ${dir} --force`);
      }
    }
  }
}
