import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, NotFoundError } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor, PersonEntity } from '@zyklus/identity';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CalendarFeedEntity } from './calendar-feed.entity';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

const feedNotFound = () => NotFoundError.of({ de: 'Kalender-Abo', en: 'Calendar feed' }, 'token');

/**
 * Each person's secret calendar feed URL. The token (256 bits) is shown once; only its hash is
 * stored. A new URL replaces the old one; revoking switches the feed off.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor): Promise<{ url: string; createdAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const repository = this.dataSource.getRepository(CalendarFeedEntity);
    await repository.upsert(
      {
        personId: actor.personId,
        tokenHash: hash(token),
        createdAt: this.clock.now(),
        lastUsedAt: null,
      },
      ['personId'],
    );
    return { url: `${this.config.appUrl}/calendar/${token}.ics`, createdAt: this.clock.now() };
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
