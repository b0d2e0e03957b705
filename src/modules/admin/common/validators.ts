import { ValidateBy, ValidationOptions } from 'class-validator';
import { checkTime, checkTimezone } from '../../../core/enrollment/settings-rules';

/** `HH:MM`, 00:00 to 23:59: the rule cohorts and imports use too. */
export const IsClockTime = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isClockTime',
      validator: {
        validate: (value) => checkTime(value) === null,
        defaultMessage: () => checkTime(undefined)!,
      },
    },
    options,
  );

/** A real IANA zone such as Asia/Shanghai. */
export const IsIanaTimezone = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isIanaTimezone',
      validator: {
        validate: (value) => checkTimezone(value) === null,
        defaultMessage: () => checkTimezone(undefined)!,
      },
    },
    options,
  );
