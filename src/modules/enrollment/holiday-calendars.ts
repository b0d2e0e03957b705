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
  private readonly until = new Map<string, string>();

  constructor(config: AppConfig) {
    const dir = join(config.contentDir, 'calendars');
    if (!existsSync(dir)) return;
    for (const file of readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      try {
        const name = file.replace(/(-\d{4})?\.ya?ml$/, '');
        const calendar = parseHolidayCalendar(readFileSync(join(dir, file), 'utf8'));
        this.add(name, calendar);
        this.extend(name, file, calendar);
      } catch (error) {
        this.logger.error(`calendars/${file} is not used: ${(error as Error).message}`);
      }
    }
  }

  get(name: string | null): HolidayCalendar | undefined {
    return name ? this.byName.get(name) : undefined;
  }

  /** The last date the named calendar covers: the end of the latest year it has a file for. */
  coveredUntil(name: string | null): string | undefined {
    return name ? this.until.get(name) : undefined;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  private extend(name: string, file: string, calendar: HolidayCalendar): void {
    const years = [...calendar.holidays, ...calendar.workdays].map((d) => Number(d.slice(0, 4)));
    const named = /-(\d{4})\.ya?ml$/.exec(file);
    if (named) years.push(Number(named[1]));
    if (years.length === 0) return;
    const end = `${Math.max(...years)}-12-31`;
    const known = this.until.get(name);
    if (!known || end > known) this.until.set(name, end);
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
