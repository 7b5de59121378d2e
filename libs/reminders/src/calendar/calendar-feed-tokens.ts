import { Injectable } from '@nestjs/common';
import { Clock } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';

export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Calendar feed tokens that the server can derive again: token = HMAC(key, person and a random
 * nonce), the key derived from JWT_SECRET. Only the token's hash and the nonce are stored, so
 * the database alone gives no feed away, yet every reminder can carry the person's subscription
 * address. Without JWT_SECRET (development) the key is per process: a feed made by an earlier
 * process is given a new address when a reminder next needs it.
 */
@Injectable()
export class CalendarFeedTokens {
  private readonly key: Buffer;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', config.auth.jwtSecret).update('zyklus calendar feed').digest();
  }

  /** A new token for a person: its nonce, the token and its hash. */
  fresh(personId: string): { nonce: string; token: string; hash: string } {
    const nonce = randomBytes(16).toString('base64url');
    const token = this.tokenOf(personId, nonce);
    return { nonce, token, hash: hashFeedToken(token) };
  }

  url(token: string): string {
    return `${this.config.appUrl}/calendar/${token}.ics`;
  }

  /**
   * The feed addresses of these people, making a feed for whoever has none (and a new address
   * for a feed whose token cannot be derived again): one statement, two when feeds are made.
   * A person whose feed changes at this very moment is left out (no link in that mail).
   */
  async urlsFor(
    manager: EntityManager,
    personIds: readonly string[],
  ): Promise<Map<string, string>> {
    const ids = [...new Set(personIds)];
    const urls = new Map<string, string>();
    if (!ids.length) return urls;
    const feeds = await manager.query<
      { person_id: string; token_hash: string; token_nonce: string | null }[]
    >(
      `SELECT person_id, token_hash, token_nonce FROM calendar_feed WHERE person_id = ANY($1::uuid[])`,
      [ids],
    );
    const known = new Map(feeds.map((f) => [f.person_id, f]));
    const made: { personId: string; hash: string; nonce: string; oldHash: string | null }[] = [];
    const tokens = new Map<string, string>();
    for (const personId of ids) {
      const feed = known.get(personId);
      if (feed?.token_nonce) {
        const token = this.tokenOf(personId, feed.token_nonce);
        if (hashFeedToken(token) === feed.token_hash) {
          urls.set(personId, this.url(token));
          continue;
        }
      }
      const fresh = this.fresh(personId);
      tokens.set(personId, fresh.token);
      made.push({ personId, ...fresh, oldHash: feed?.token_hash ?? null });
    }
    if (!made.length) return urls;
    const done = await manager.query<{ person_id: string }[]>(
      `WITH v AS (
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[])
                AS v(person_id, hash, nonce, old_hash)
       ), made AS (
         INSERT INTO calendar_feed (person_id, token_hash, token_nonce, created_at)
         SELECT person_id, hash, nonce, $5 FROM v WHERE old_hash IS NULL
         ON CONFLICT (person_id) DO NOTHING
         RETURNING person_id
       ), renewed AS (
         UPDATE calendar_feed f
            SET token_hash = v.hash, token_nonce = v.nonce, created_at = $5, last_used_at = NULL
           FROM v
          WHERE v.old_hash IS NOT NULL AND f.person_id = v.person_id AND f.token_hash = v.old_hash
         RETURNING f.person_id
       )
       SELECT person_id FROM made UNION ALL SELECT person_id FROM renewed`,
      [
        made.map((m) => m.personId),
        made.map((m) => m.hash),
        made.map((m) => m.nonce),
        made.map((m) => m.oldHash),
        this.clock.now(),
      ],
    );
    for (const { person_id } of done) urls.set(person_id, this.url(tokens.get(person_id)!));
    return urls;
  }

  private tokenOf(personId: string, nonce: string): string {
    return createHmac('sha256', this.key).update(`${personId}:${nonce}`).digest('base64url');
  }
}
