import { Injectable } from '@nestjs/common';
import { localDateOf, RequestLoaders } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { PeerGroupAccess } from '../access/peer-group-access';
import { PeerCaseEntity } from '../case/peer-case.entity';
import { PeerFeedback, PeerMinutes } from '../case/peer-case.model';
import { PeerRoundStatus, RsvpAnswer } from '../peer-enums';
import {
  AttendanceRow,
  PeerAttendanceLoader,
  PeerCasesByRoundLoader,
  PeerFeedbackLoader,
  PeerGroupZoneLoader,
  PeerMinutesLoader,
  PeerRolesLoader,
  PeerRsvpsLoader,
  RsvpRow,
} from '../peer-rounds.loaders';
import { PeerRoundEntity } from './peer-round.entity';
import { PeerRoleHolder, PeerRoundTime, RsvpCounts } from './peer-round.model';

const time = (instant: Date, zone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

/**
 * A round's fields as one viewer may see them. Everyone who may see the round (program
 * managers, members on its day) gets date, roles, counts; the contents — cases, minutes, who
 * answered what, who was there, the own feedback — only its members (null for anyone else).
 */
@Injectable()
export class PeerRoundView {
  constructor(
    private readonly access: PeerGroupAccess,
    private readonly zones: PeerGroupZoneLoader,
    private readonly roles: PeerRolesLoader,
    private readonly rsvps: PeerRsvpsLoader,
    private readonly attendance: PeerAttendanceLoader,
    private readonly cases: PeerCasesByRoundLoader,
    private readonly minutesLoader: PeerMinutesLoader,
    private readonly feedback: PeerFeedbackLoader,
  ) {}

  async time(loaders: RequestLoaders, round: PeerRoundEntity): Promise<PeerRoundTime> {
    const timeZone = await loaders.for(this.zones).load(round.groupId);
    return {
      date: localDateOf(round.startsAt, timeZone),
      startTime: time(round.startsAt, timeZone),
      endTime: time(round.endsAt, timeZone),
      timeZone,
    };
  }

  async onlineUrl(actor: Actor, round: PeerRoundEntity): Promise<string | null> {
    return (await this.access.canSeeRound(actor, round)) ? round.onlineUrl : null;
  }

  async roleHolders(loaders: RequestLoaders, round: PeerRoundEntity): Promise<PeerRoleHolder[]> {
    return loaders.for(this.roles).load(round.id);
  }

  async rsvpCounts(loaders: RequestLoaders, round: PeerRoundEntity): Promise<RsvpCounts> {
    const rows = await loaders.for(this.rsvps).load(round.id);
    const count = (answer: RsvpAnswer) => rows.filter((r) => r.answer === answer).length;
    return { yes: count(RsvpAnswer.YES), no: count(RsvpAnswer.NO), maybe: count(RsvpAnswer.MAYBE) };
  }

  /** How many were there; null until attendance is recorded. */
  async attendanceCount(loaders: RequestLoaders, round: PeerRoundEntity): Promise<number | null> {
    if (round.status === PeerRoundStatus.PLANNED || round.status === PeerRoundStatus.CANCELLED)
      return null;
    return (await loaders.for(this.attendance).load(round.id)).length;
  }

  isMine(actor: Actor, round: PeerRoundEntity): Promise<boolean> {
    return this.access.canSeeContents(actor, round);
  }

  async myRsvp(
    actor: Actor,
    loaders: RequestLoaders,
    round: PeerRoundEntity,
  ): Promise<RsvpAnswer | null> {
    if (!(await this.access.canSeeContents(actor, round))) return null;
    const rows = await loaders.for(this.rsvps).load(round.id);
    return rows.find((r) => r.personId === actor.personId)?.answer ?? null;
  }

  async rsvpList(actor: Actor, loaders: RequestLoaders, round: PeerRoundEntity) {
    return this.contents<RsvpRow[]>(actor, round, () => loaders.for(this.rsvps).load(round.id));
  }

  async present(actor: Actor, loaders: RequestLoaders, round: PeerRoundEntity) {
    return this.contents<AttendanceRow[]>(actor, round, () =>
      loaders.for(this.attendance).load(round.id),
    );
  }

  async caseList(actor: Actor, loaders: RequestLoaders, round: PeerRoundEntity) {
    return this.contents<PeerCaseEntity[]>(actor, round, () =>
      loaders.for(this.cases).load(round.id),
    );
  }

  async minutes(
    actor: Actor,
    loaders: RequestLoaders,
    round: PeerRoundEntity,
  ): Promise<PeerMinutes | null> {
    return this.contents(actor, round, () => loaders.for(this.minutesLoader).load(round.id));
  }

  async myFeedback(
    actor: Actor,
    loaders: RequestLoaders,
    round: PeerRoundEntity,
  ): Promise<PeerFeedback | null> {
    const rows = await this.contents(actor, round, () => loaders.for(this.feedback).load(round.id));
    return rows?.find((f) => f.personId === actor.personId) ?? null;
  }

  private async contents<T>(
    actor: Actor,
    round: PeerRoundEntity,
    read: () => Promise<T>,
  ): Promise<T | null> {
    return (await this.access.canSeeContents(actor, round)) ? read() : null;
  }
}
