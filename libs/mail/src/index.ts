export { MailModule } from './mail.module';
export { Mailer } from './mailer';
export type {
  MailAttachment,
  MailMessage,
  MailRecipient,
  MailTemplateName,
  SendOptions,
  SentMail,
} from './mail.types';
export { buildCalendar, buildInvitation } from './calendar/event-calendar';
export type { CalendarAttendee, CalendarEvent, CalendarOptions } from './calendar/event-calendar';
export { formatDays } from './calendar/format-days';
export type { DayToFormat } from './calendar/format-days';
