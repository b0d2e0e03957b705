/** Values the service creates for itself on first use, such as the enrolment-code secret. */
export interface AppSettingRecord {
  name: string;
  value: string;
}
