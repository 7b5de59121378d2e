export { MailModule } from './mail.module';
export { Mailer } from './mailer';
export type {
  MailAttachment,
  MailMessage,
  MailRecipient,
  MailTemplateName,
  SentMail,
} from './mail.types';
