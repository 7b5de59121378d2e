import { Injectable } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ReminderEventKind } from '../rule/reminder-enums';

/** What a decline link says: who cannot come to which event, valid until when. */
export interface DeclineClaim {
  eventKind: ReminderEventKind;
  eventId: string;
  personId: string;
  expiresAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KIND = /^[a-z][a-z_]{0,39}$/;

/**
 * The signed "I can't come" link of a reminder: `/decline/<kind>.<event>.<person>.<expiry>.<mac>`,
 * an HMAC (key derived from JWT_SECRET) over the rest. No sign-in is needed and nothing is
 * stored: the same person and event always get the same link (until the event moves), and it
 * expires when the event ends. Without JWT_SECRET (development) links end with the process.
 */
@Injectable()
export class DeclineLinks {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.auth.jwtSecret).update('zyklus decline link').digest();
  }

  url(claim: DeclineClaim): string {
    const payload = [
      claim.eventKind.toLowerCase(),
      claim.eventId,
      claim.personId,
      Math.floor(claim.expiresAt.getTime() / 1000).toString(36),
    ].join('.');
    return `${this.config.appUrl}/decline/${payload}.${this.mac(payload)}`;
  }

  /** The claim of a token, or null when it is malformed or forged (expiry is the caller's). */
  verify(token: string): DeclineClaim | null {
    const parts = token.split('.');
    if (parts.length !== 5) return null;
    const [kind, eventId, personId, expiry, mac] = parts as [
      string,
      string,
      string,
      string,
      string,
    ];
    const eventKind = kind.toUpperCase();
    if (
      !KIND.test(kind) ||
      !UUID.test(eventId) ||
      !UUID.test(personId) ||
      !/^[0-9a-z]{1,10}$/.test(expiry)
    )
      return null;
    const expected = Buffer.from(this.mac(parts.slice(0, 4).join('.')));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { eventKind, eventId, personId, expiresAt: new Date(parseInt(expiry, 36) * 1000) };
  }

  /** 128 bits of HMAC-SHA256, base64url. */
  private mac(payload: string): string {
    return createHmac('sha256', this.key)
      .update(payload)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  }
}
