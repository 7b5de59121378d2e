import { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string; the application works with numbers. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** PostgreSQL `time` arrives as HH:MM:SS; the application works with HH:MM. */
export const localTime: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : value.slice(0, 5)),
};
