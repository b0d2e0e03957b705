import { Injectable, Logger } from '@nestjs/common';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { HolidayCalendar, parseHolidayCalendar } from '../../core/planning/holiday-calendar';

/**
 * Calendars from `<CONTENT_DIR>/calendars/<name>-<year>.yaml`, merged per name, so a
 * cohort names "cn" and gets every year that has a file.
 */
@Injectable()
export class HolidayCalendars {
  private readonly logger = new Logger('HolidayCalendars');
  private readonly byName = new Map<string, HolidayCalendar>();

  constructor(config: AppConfig) {
    const dir = join(config.contentDir, 'calendars');
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      try {
        this.add(
          file.replace(/(-\d{4})?\.ya?ml$/, ''),
          parseHolidayCalendar(readFileSync(join(dir, file), 'utf8')),
        );
      } catch (error) {
        this.logger.error(`calendars/${file} is not used: ${(error as Error).message}`);
      }
    }
  }

  get(name: string | null): HolidayCalendar | undefined {
    return name ? this.byName.get(name) : undefined;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  private add(name: string, calendar: HolidayCalendar): void {
    const known = this.byName.get(name);
    this.byName.set(name, {
      name,
      holidays: new Set([...(known?.holidays ?? []), ...calendar.holidays]),
      workdays: new Set([...(known?.workdays ?? []), ...calendar.workdays]),
    });
  }
}
