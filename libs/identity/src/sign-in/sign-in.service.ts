import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Mailer } from '@zyklus/mail';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull, LessThan, MoreThan } from 'typeorm';
import { AccessTokenService, IssuedAccessToken } from '../auth/access-token.service';
import { PersonEntity } from '../person/person.entity';
import { SignInRequestEntity } from './sign-in-request.entity';
import { SignInTokenEntity } from './sign-in-token.entity';
import { linkExpired, linkInvalid, linkUsed, tooManyRequests } from './sign-in.errors';

export const SIGN_IN_LINK_MINUTES = 15;
/** Requests per address, and per client address (a workshop's shared Wi-Fi), per window. */
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 30, windowMinutes: 15 } as const;

/** Used links are kept this long after they expire (to say "used" rather than "invalid"). */
const KEEP_EXPIRED_LINKS_MS = 24 * 3600_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const minutes = (n: number) => n * 60_000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Namespaces of the advisory locks (two-key form), so the two kinds never collide. */
const LOCK_ADDRESS = 0x5a51; // the address asked for
const LOCK_CLIENT = 0x5a52; // the client asking

/**
 * Passwordless sign-in: a one-time link by mail (token stored as a hash, 15 minutes, single
 * use), exchanged for an access token. The answer to a link request never tells whether the
 * address is known; the mail goes out after the answer.
 */
@Injectable()
export class SignInService implements OnApplicationShutdown {
  private readonly logger = new Logger('SignIn');
  private readonly deliveries = new Set<Promise<void>>();
  private readonly addressKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccessTokenService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    // A key of its own, derived from JWT_SECRET (required in production, shared by all
    // instances, so they count one limit). Without JWT_SECRET it is random per process, like
    // the access tokens: limits then hold per process and start afresh with a restart.
    this.addressKey = createHmac('sha256', config.auth.jwtSecret)
      .update('zyklus sign-in request address')
      .digest();
  }

  /**
   * What the rate limit stores of an address: an HMAC with a server key, so a list of known
   * addresses cannot be matched against the table.
   */
  private addressHash(email: string): string {
    return createHmac('sha256', this.addressKey).update(email).digest('hex');
  }

  /**
   * `ip` is the client's rate-limit key (see `clientAddress`); `next` the app's page the link
   * opens after signing in (a path, checked by the input).
   */
  async requestLink(email: string, ip: string, next?: string): Promise<void> {
    const now = this.clock.now();
    const link = await this.dataSource.transaction(async (manager) => {
      await this.countAgainstLimits(manager, this.addressHash(email), ip, now);
      const person = await manager.findOneBy(PersonEntity, { email, erasedAt: IsNull() });
      if (!person) return null;
      const token = randomBytes(32).toString('base64url');
      await manager.insert(SignInTokenEntity, {
        personId: person.id,
        tokenHash: sha256(token),
        expiresAt: new Date(now.getTime() + minutes(SIGN_IN_LINK_MINUTES)),
      });
      return { person, token };
    });
    if (link) this.deliverInBackground(link.person, link.token, next);
  }

  async signIn(token: string): Promise<IssuedAccessToken & { person: PersonEntity }> {
    if (!TOKEN_PATTERN.test(token)) throw linkInvalid();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const link = await manager.findOne(SignInTokenEntity, {
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!link) throw linkInvalid();
      if (link.usedAt) throw linkUsed();
      if (link.expiresAt.getTime() <= now.getTime()) throw linkExpired();
      const person = await manager.findOneByOrFail(PersonEntity, { id: link.personId });
      // This link and every other one still valid for the person: one sign-in spends them all
      // (expired ones are refused anyway, and are left to the pruning in `countAgainstLimits`).
      await manager.update(
        SignInTokenEntity,
        { personId: person.id, usedAt: IsNull(), expiresAt: MoreThan(now) },
        { usedAt: now },
      );
      await manager.update(PersonEntity, person.id, { lastSignedInAt: now });
      person.lastSignedInAt = now;
      return { ...(await this.tokens.issue(person.id)), person };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.deliveries]);
  }

  /** Counts this request, or refuses it when the address or the client asked too often. */
  private async countAgainstLimits(
    manager: EntityManager,
    emailHash: string,
    ip: string,
    now: Date,
  ): Promise<void> {
    // Serialise requests for one address, then for one client, so parallel requests cannot
    // slip past either limit. Always in this order (address, then client): no deadlock.
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      LOCK_ADDRESS,
      emailHash,
    ]);
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLIENT, ip]);
    const since = new Date(now.getTime() - minutes(SIGN_IN_LIMITS.windowMinutes));
    const [counts] = await manager.query<{ by_email: number; by_ip: number }[]>(
      `SELECT count(*) FILTER (WHERE email_hash = $1) AS by_email,
              count(*) FILTER (WHERE ip = $2) AS by_ip
         FROM sign_in_request
        WHERE requested_at > $3 AND (email_hash = $1 OR ip = $2)`,
      [emailHash, ip, since],
    );
    if (
      (counts?.by_email ?? 0) >= SIGN_IN_LIMITS.perEmail ||
      (counts?.by_ip ?? 0) >= SIGN_IN_LIMITS.perIp
    ) {
      throw tooManyRequests(SIGN_IN_LIMITS.windowMinutes);
    }
    await manager.delete(SignInRequestEntity, { requestedAt: LessThan(since) });
    await manager.delete(SignInTokenEntity, {
      expiresAt: LessThan(new Date(now.getTime() - KEEP_EXPIRED_LINKS_MS)),
    });
    await manager.insert(SignInRequestEntity, { emailHash, ip, requestedAt: now });
  }

  private deliverInBackground(person: PersonEntity, token: string, next?: string): void {
    const link =
      `${this.config.appUrl}/sign-in?token=${token}` +
      (next && next !== '/' ? `&next=${encodeURIComponent(next)}` : '');
    const delivery = this.mailer
      .send({
        to: { name: person.name, email: person.email, language: person.preferredLanguage },
        template: 'sign-in-link',
        data: { name: person.name, link, validMinutes: SIGN_IN_LINK_MINUTES },
        // Without a mail server in development, the log shows the link to follow.
        devLink: link,
      })
      .then(
        () => undefined,
        (error: unknown) =>
          this.logger.error(`Sign-in link to ${person.email} failed: ${(error as Error).message}`),
      );
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
  }
}
