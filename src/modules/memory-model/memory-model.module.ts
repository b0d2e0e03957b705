import { Module } from '@nestjs/common';
import { CurrentParameters } from './current-parameters';
import { MemoryModelController } from './memory-model.controller';
import { MemoryModelScheduler } from './memory-model.scheduler';
import { MemoryModelService } from './memory-model.service';

/** FSRS fitted per course: fitting, the versioned sets, and the set grading schedules with. */
@Module({
  controllers: [MemoryModelController],
  providers: [CurrentParameters, MemoryModelService, MemoryModelScheduler],
  exports: [CurrentParameters, MemoryModelService],
})
export class MemoryModelModule {}
