import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortEntity, cohortsSql } from '@zyklus/cohorts';
import { batchLoader, byKeys, groupByKeys, LoaderFactory } from '@zyklus/common';
import { identitySql } from '@zyklus/identity';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { PeerCaseEntity } from './case/peer-case.entity';
import { PeerFeedbackEntity } from './feedback/peer-feedback.entity';
import {
  PeerGroupCohortEntity,
  PeerGroupEntity,
  PeerGroupMemberEntity,
} from './group/peer-group.entity';
import { PeerMinutesEntity } from './minutes/peer-minutes.entity';
import { PeerRole, RsvpAnswer } from './peer-enums';
import { PeerRoundEntity } from './round/peer-round.entity';

/** A row with the name of its person. */
export interface Named {
  personId: string;
  name: string;
}

export type MemberRow = Named & { fromDate: string; toDate: string | null };
export type RoleRow = Named & { roundId: string; role: PeerRole };
export type RsvpRow = Named & { roundId: string; answer: RsvpAnswer };
export type AttendanceRow = Named & { roundId: string };

abstract class Loader<V> implements LoaderFactory<string, V> {
  constructor(@InjectDataSource() protected readonly dataSource: DataSource) {}
  abstract create(): DataLoader<string, V>;
}

/** Groups by id. */
@Injectable()
export class PeerGroupByIdLoader extends Loader<PeerGroupEntity | null> {
  create() {
    return batchLoader<string, PeerGroupEntity | null>(async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(PeerGroupEntity).findBy({ id: In([...ids]) }),
        (g) => g.id,
        null,
      ),
    );
  }
}

/** Each group's programme time zone. */
@Injectable()
export class PeerGroupZoneLoader extends Loader<string> {
  create() {
    return batchLoader<string, string>(async (ids) => {
      const rows: { id: string; time_zone: string }[] = await this.dataSource.query(
        `SELECT g.id, p.time_zone FROM peer_group g JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
          WHERE g.id = ANY($1)`,
        [[...ids]],
      );
      const zones = new Map(rows.map((r) => [r.id, r.time_zone]));
      return ids.map((id) => zones.get(id) ?? 'UTC');
    });
  }
}

/** Each group's cohorts by number. */
@Injectable()
export class PeerGroupCohortsLoader extends Loader<CohortEntity[]> {
  create() {
    return batchLoader<string, CohortEntity[]>(async (ids) => {
      const pairs = await this.dataSource.getRepository(PeerGroupCohortEntity).find({
        where: { groupId: In([...ids]) },
        relations: { cohort: true },
      });
      pairs.sort((a, b) => a.cohort!.number - b.cohort!.number);
      return groupByKeys(ids, pairs, (p) => p.groupId).map((list) => list.map((p) => p.cohort!));
    });
  }
}

/** Each group's memberships over time, with names, by first day. */
@Injectable()
export class PeerMembersLoader extends Loader<MemberRow[]> {
  create() {
    return batchLoader<string, MemberRow[]>(async (ids) => {
      const rows = await this.dataSource.getRepository(PeerGroupMemberEntity).find({
        where: { groupId: In([...ids]) },
        relations: { person: true },
        order: { fromDate: 'ASC', createdAt: 'ASC' },
      });
      return groupByKeys(ids, rows, (r) => r.groupId).map((list) =>
        list.map((m) => ({
          personId: m.personId,
          name: m.person!.name,
          fromDate: m.fromDate,
          toDate: m.toDate,
        })),
      );
    });
  }
}

/** Each group's rounds by start. */
@Injectable()
export class PeerRoundsByGroupLoader extends Loader<PeerRoundEntity[]> {
  create() {
    return batchLoader<string, PeerRoundEntity[]>(async (ids) => {
      const rows = await this.dataSource
        .getRepository(PeerRoundEntity)
        .find({ where: { groupId: In([...ids]) }, order: { startsAt: 'ASC', id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.groupId);
    });
  }
}

/** Named rows of a per-round table, batched. */
abstract class PerRoundNamed<R extends { roundId: string }> extends Loader<R[]> {
  protected abstract readonly table: string;
  protected abstract readonly columns: string;
  protected abstract map(row: Record<string, string>): R;
  create() {
    return batchLoader<string, R[]>(async (ids) => {
      const rows: Record<string, string>[] = await this.dataSource.query(
        `SELECT t.round_id, t.person_id, p.name${this.columns}
           FROM ${this.table} t JOIN ${identitySql.people} p ON p.id = t.person_id
          WHERE t.round_id = ANY($1) ORDER BY p.name, t.person_id`,
        [[...ids]],
      );
      return groupByKeys(
        ids,
        rows.map((r) => this.map(r)),
        (r) => r.roundId,
      );
    });
  }
}

@Injectable()
export class PeerRolesLoader extends PerRoundNamed<RoleRow> {
  protected readonly table = 'peer_round_role';
  protected readonly columns = ', t.role';
  protected map(r: Record<string, string>): RoleRow {
    return {
      roundId: r.round_id!,
      personId: r.person_id!,
      name: r.name!,
      role: r.role as PeerRole,
    };
  }
}

@Injectable()
export class PeerRsvpsLoader extends PerRoundNamed<RsvpRow> {
  protected readonly table = 'peer_round_rsvp';
  protected readonly columns = ', t.answer';
  protected map(r: Record<string, string>): RsvpRow {
    return {
      roundId: r.round_id!,
      personId: r.person_id!,
      name: r.name!,
      answer: r.answer as RsvpAnswer,
    };
  }
}

@Injectable()
export class PeerAttendanceLoader extends PerRoundNamed<AttendanceRow> {
  protected readonly table = 'peer_round_attendance';
  protected readonly columns = '';
  protected map(r: Record<string, string>): AttendanceRow {
    return { roundId: r.round_id!, personId: r.person_id!, name: r.name! };
  }
}

/**
 * CONFIDENTIAL: the cases of rounds. Only PeerRoundView.cases uses it, after the members-only
 * check (PeerGroupAccess.canSeeContents).
 */
@Injectable()
export class PeerCasesByRoundLoader extends Loader<PeerCaseEntity[]> {
  create() {
    return batchLoader<string, PeerCaseEntity[]>(async (ids) => {
      const rows = await this.dataSource
        .getRepository(PeerCaseEntity)
        .find({ where: { roundId: In([...ids]) }, order: { createdAt: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.roundId!);
    });
  }
}

/** CONFIDENTIAL: each group's open cases (queued, scheduled); members only (PeerGroupView). */
@Injectable()
export class PeerCaseQueueLoader extends Loader<PeerCaseEntity[]> {
  create() {
    return batchLoader<string, PeerCaseEntity[]>(async (ids) => {
      const rows = await this.dataSource.getRepository(PeerCaseEntity).find({
        where: { groupId: In([...ids]) },
        order: { createdAt: 'ASC' },
      });
      return groupByKeys(ids, rows, (r) => r.groupId);
    });
  }
}

/** CONFIDENTIAL: the minutes of rounds; members only (PeerRoundView.minutes). */
@Injectable()
export class PeerMinutesLoader extends Loader<PeerMinutesEntity | null> {
  create() {
    return batchLoader<string, PeerMinutesEntity | null>(async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(PeerMinutesEntity).findBy({ roundId: In([...ids]) }),
        (m) => m.roundId,
        null,
      ),
    );
  }
}

/** Feedback rows of rounds (each member sees only their own). */
@Injectable()
export class PeerFeedbackLoader extends Loader<PeerFeedbackEntity[]> {
  create() {
    return batchLoader<string, PeerFeedbackEntity[]>(async (ids) =>
      groupByKeys(
        ids,
        await this.dataSource.getRepository(PeerFeedbackEntity).findBy({ roundId: In([...ids]) }),
        (f) => f.roundId,
      ),
    );
  }
}
