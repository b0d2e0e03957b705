import { Module } from '@nestjs/common';
import { ContentStartup } from './content-startup';
import { ContentController } from './content.controller';
import { ContentSyncService } from './content-sync.service';
import { CourseCatalogService } from './course-catalog.service';
import { CoursesController } from './courses.controller';

@Module({
  controllers: [ContentController, CoursesController],
  providers: [ContentSyncService, CourseCatalogService, ContentStartup],
  exports: [ContentSyncService, CourseCatalogService],
})
export class ContentModule {}
