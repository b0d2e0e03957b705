import { PipeTransform } from '@nestjs/common';
import { DomainError } from '../../core/errors';

const COURSE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Refuses a course id of the wrong shape with 400 before any lookup. */
export class CourseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value.length > 64 || !COURSE_ID.test(value)) {
      throw new DomainError('invalid-input', 'A course id is lowercase letters, digits and dashes', [
        { field: 'courseId', message: 'must match [a-z0-9-], at most 64 characters' },
      ]);
    }
    return value;
  }
}
