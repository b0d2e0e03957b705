import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppSettingRepository } from './app-setting.repository';

const CODE_SECRET = 'enrollment-code-secret';

/** Secrets the service makes for itself on first use and keeps in its own database. */
@Injectable()
export class AppSecrets {
  private codeSecret?: Promise<string>;

  constructor(private readonly settings: AppSettingRepository) {}

  enrollmentCodeSecret(): Promise<string> {
    this.codeSecret ??= this.settings.getOrCreate(
      CODE_SECRET,
      randomBytes(32).toString('base64url'),
    );
    return this.codeSecret;
  }
}
