import { Global, Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** The Mailer, for every library that sends mail. */
@Global()
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
