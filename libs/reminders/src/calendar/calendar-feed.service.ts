import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, NotFoundError } from '@zyklus/common';
import { Actor, PersonEntity } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { CalendarFeedTokens, hashFeedToken as hash } from './calendar-feed-tokens';
import { CalendarFeedEntity } from './calendar-feed.entity';

const feedNotFound = () => NotFoundError.of({ de: 'Kalender-Abo', en: 'Calendar feed' }, 'token');

/**
 * Each person's secret calendar feed URL. The token (256 bits, derived with a server key from a
 * random nonce: CalendarFeedTokens) is not stored, only its hash and the nonce; reminders carry
 * the URL. A new URL replaces the old one; revoking switches the feed off.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: CalendarFeedTokens,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor): Promise<{ url: string; createdAt: Date }> {
    const { token, hash: tokenHash, nonce } = this.tokens.fresh(actor.personId);
    const repository = this.dataSource.getRepository(CalendarFeedEntity);
    await repository.upsert(
      {
        personId: actor.personId,
        tokenHash,
        tokenNonce: nonce,
        createdAt: this.clock.now(),
        lastUsedAt: null,
      },
      ['personId'],
    );
    return { url: this.tokens.url(token), createdAt: this.clock.now() };
  }

  async revoke(actor: Actor): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .delete({ personId: actor.personId });
    return (result.affected ?? 0) > 0;
  }

  async status(actor: Actor): Promise<CalendarFeedEntity | null> {
    return this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOneBy({ personId: actor.personId });
  }

  /** The person a feed token belongs to; NOT_FOUND for an unknown or revoked token. */
  async personFor(token: string): Promise<PersonEntity> {
    const feed = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .findOne({ where: { tokenHash: hash(token) }, relations: { person: true } });
    if (!feed?.person) throw feedNotFound();
    await this.dataSource
      .getRepository(CalendarFeedEntity)
      .update({ id: feed.id }, { lastUsedAt: this.clock.now() });
    return feed.person;
  }
}
