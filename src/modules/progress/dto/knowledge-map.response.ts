import { ApiProperty } from '@nestjs/swagger';

export class KnowledgeMapWeek {
  @ApiProperty({ example: 1, description: 'Week 1 starts on the cohort’s start date' })
  week: number;
  @ApiProperty({ example: '2026-03-02', format: 'date', description: 'Its first local date' })
  from: string;
}

export class KnowledgeMapModule {
  @ApiProperty({ example: 'mandate' }) moduleId: string;
  @ApiProperty({ type: [Number], description: 'Answers given per week, in the order of `weeks`' })
  answers: number[];
  @ApiProperty({
    type: 'array',
    items: { type: 'number', nullable: true },
    description: 'Right answers / answers per week; null for a week without answers',
  })
  accuracy: Array<number | null>;
}

export class KnowledgeMapResponse {
  @ApiProperty({ example: 1 }) cohortId: number;
  @ApiProperty({
    type: [KnowledgeMapWeek],
    description: 'Every week from the start date to today, in the cohort’s time zone',
  })
  weeks: KnowledgeMapWeek[];
  @ApiProperty({ type: [KnowledgeMapModule], description: 'The course’s modules, in order' })
  modules: KnowledgeMapModule[];
}
