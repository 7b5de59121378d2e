export { MailModule } from './mail.module';
export { mailTemplateFolder } from './mail-renderer';
export { Mailer } from './mailer';
export { parseMailbox, permanentRefusal } from './mail-address';
export type { Mailbox } from './mail-address';
export type {
  MailAttachment,
  MailMessage,
  MailRecipient,
  MailTemplate,
  MailTemplateFolder,
  MailTemplateName,
  SendOptions,
  SentMail,
} from './mail.types';
export { buildCalendar, buildInvitation, dayUid } from './calendar/event-calendar';
export type {
  CalendarAttendee,
  CalendarDay,
  CalendarEvent,
  CalendarOptions,
} from './calendar/event-calendar';
export { formatDays } from './calendar/format-days';
export type { DayToFormat } from './calendar/format-days';
