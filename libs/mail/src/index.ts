export { MailModule } from './mail.module';
export { mailTemplateFolder } from './mail-renderer';
export { Mailer } from './mailer';
export { parseMailbox, permanentRefusal } from './mail-address';
export type { MailAttachment, MailMessage, MailRecipient, MailTemplate } from './mail.types';
export { buildCalendar, buildInvitation } from './calendar/event-calendar';
export type { CalendarAttendee, CalendarEvent } from './calendar/event-calendar';
export { formatDays } from './calendar/format-days';
