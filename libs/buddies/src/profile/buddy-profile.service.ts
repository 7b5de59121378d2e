import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError } from '@zyklus/common';
import { Actor, identitySql, personView, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager } from 'typeorm';
import { Bundesland, cohortsSql } from '@zyklus/cohorts';
import { BuddyTopic } from '../buddy-enums';
import { notAnAlumnus } from '../buddy.errors';
import { personColumns, PersonColumns, personOf } from '../person-columns';
import { BuddyWishEntity } from '../matching/buddy-wish.entity';
import { MatchingFacts } from '../matching/matching-facts';
import { BuddyProfileEntity } from './buddy-profile.entity';
import {
  BuddyProfile,
  SetMyBuddyWishesInput,
  UpdateMyBuddyProfileInput,
} from './buddy-profile.model';

const PROFILES = (filter: string) => `
  SELECT bp.capacity, bp.topics, bp.bundeslaender, bp.languages, bp.updated_at,
         ${personColumns('pe', 'pe')},
         (SELECT count(*) FROM buddy_pairing x
           WHERE x.buddy_id = bp.person_id AND x.status IN ('ACTIVE', 'PAUSED'))::int AS load
    FROM buddy_profile bp JOIN ${identitySql.people} pe ON pe.id = bp.person_id
   WHERE ${filter}
   ORDER BY lower(pe.name), pe.id`;

interface ProfileRow extends PersonColumns<'pe'> {
  capacity: number;
  topics: BuddyTopic[];
  bundeslaender: Bundesland[];
  languages: string[];
  updated_at: Date;
  load: number;
}

/** Whether a person completed a cohort as its coordinator: an alumnus (derived, never stored). */
const IS_ALUMNUS = `SELECT EXISTS (
  SELECT 1 FROM ${cohortsSql.participations} p
    JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
    JOIN ${cohortsSql.coordinations} k ON k.network_id = p.network_id
     AND k.start_date <= LEAST(p.completed_on, c.end_date)
     AND (k.end_date IS NULL OR k.end_date >= LEAST(p.completed_on, c.end_date))
   WHERE p.status = 'COMPLETED' AND k.person_id = $1) AS alumnus`;

const notNewCoordinator = () =>
  new ForbiddenError({
    de: 'Wünsche an ein Buddy-Tandem äußern neue Koordinator:innen dieses Qualifizierungsdurchgangs.',
    en: 'Wishes for a buddy are for new coordinators of this cohort.',
  }).because('NOT_NEW_COORDINATOR_OF_COHORT');

/**
 * Buddy profiles: an alumnus keeps their own (capacity 0–3, topics, Bundesländer, languages);
 * program managers read them all. Someone who is no alumnus gets FORBIDDEN (NOT_AN_ALUMNUS).
 * New coordinators say which topics they wish help with, which matching compares.
 */
@Injectable()
export class BuddyProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: MatchingFacts,
  ) {}

  async mine(actor: Actor): Promise<BuddyProfile | null> {
    return (await this.read(actor, 'bp.person_id = $1', [actor.personId]))[0] ?? null;
  }

  async all(actor: Actor): Promise<BuddyProfile[]> {
    requireProgramManager(actor);
    return this.read(actor, 'true', []);
  }

  async update(actor: Actor, input: UpdateMyBuddyProfileInput): Promise<BuddyProfile> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.isAlumnus(manager, actor.personId))) throw notAnAlumnus();
      // Locks an existing profile: a capacity change waits for acceptances counting against it.
      await manager.query(`SELECT 1 FROM buddy_profile WHERE person_id = $1 FOR UPDATE`, [
        actor.personId,
      ]);
      await manager.upsert(
        BuddyProfileEntity,
        {
          personId: actor.personId,
          capacity: input.capacity,
          topics: input.topics,
          bundeslaender: input.bundeslaender,
          languages: input.languages,
        },
        ['personId'],
      );
    });
    return (await this.mine(actor))!;
  }

  /** The actor's wishes in a cohort, or null when they are no new coordinator of it. */
  async myWishes(actor: Actor, cohortId: string): Promise<BuddyTopic[] | null> {
    const me = (await this.facts.newcomers(cohortId)).find((n) => n.personId === actor.personId);
    return me ? [...me.topics] : null;
  }

  async setWishes(actor: Actor, input: SetMyBuddyWishesInput): Promise<string[]> {
    const newcomers = await this.facts.newcomers(input.cohortId);
    if (!newcomers.some((n) => n.personId === actor.personId)) throw notNewCoordinator();
    await this.dataSource
      .getRepository(BuddyWishEntity)
      .upsert({ cohortId: input.cohortId, personId: actor.personId, topics: input.topics }, [
        'cohortId',
        'personId',
      ]);
    return input.topics;
  }

  private async isAlumnus(manager: EntityManager, personId: string): Promise<boolean> {
    const [row] = await manager.query<{ alumnus: boolean }[]>(IS_ALUMNUS, [personId]);
    return row?.alumnus ?? false;
  }

  private async read(actor: Actor, filter: string, params: unknown[]): Promise<BuddyProfile[]> {
    const rows = await this.dataSource.query<ProfileRow[]>(PROFILES(filter), params);
    return rows.map((row) => {
      return {
        person: personView(actor, personOf(row, 'pe')),
        capacity: row.capacity,
        topics: row.topics,
        bundeslaender: row.bundeslaender,
        languages: row.languages,
        load: row.load,
        updatedAt: row.updated_at,
      };
    });
  }
}
