import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, definedOnly } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource, EntityManager } from 'typeorm';
import { PairingAccess } from '../access/pairing-access';
import { PairingStatus, SessionStatus } from '../buddy-enums';
import {
  endsBeforeStart,
  notActive,
  notInPair,
  sessionNotFound,
  sessionNotPlanned,
  sessionNotStarted,
  startsInPast,
} from '../buddy.errors';
import { BuddyMails, SessionBefore } from '../mail/buddy-mails';
import { BuddyPairingEntity } from '../pairing/buddy-pairing.entity';
import { lockPairing } from '../pairing/pairing-locks';
import { BuddySessionEntity } from './buddy-session.entity';
import {
  CancelBuddySessionInput,
  PlanBuddySessionInput,
  RecordBuddySessionOutcomeInput,
  RescheduleBuddySessionInput,
  SetBuddySessionNotesInput,
} from './inputs/session.inputs';
import { BuddySessionHooks, SessionChangeKind } from './session-hooks';
import { BuddySession } from './session.model';
import { sessionView } from './session-view';

/** What the other one sees of a session: a change to any of these is told (SEQUENCE + 1). */
const TOLD = ['startsAt', 'endsAt', 'format', 'place', 'onlineUrl', 'topic'] as const;

/**
 * Buddy sessions: either of the pair plans, moves or cancels one (the other is told, with an
 * .ics, through the hooks the reminders follow), marks it HELD or DID_NOT_HAPPEN after its start,
 * and writes notes. Only the pair acts on sessions; notes are theirs alone (program managers get
 * FORBIDDEN with NOTES_PAIR_ONLY). One transaction per change, on the locked pairing.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hooks: BuddySessionHooks,
    private readonly mails: BuddyMails,
  ) {}

  async plan(actor: Actor, input: PlanBuddySessionInput): Promise<BuddySession> {
    const planned = await this.dataSource.transaction(async (manager) => {
      const pairing = await lockPairing(manager, actor, input.pairingId, 'pairingId');
      PairingAccess.requireSide(actor, pairing);
      if (pairing.status !== PairingStatus.ACTIVE) throw notActive();
      this.checkTimes(input.startsAt, input.endsAt);
      const session = manager.create(BuddySessionEntity, {
        pairingId: pairing.id,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        format: input.format,
        place: input.place ?? null,
        onlineUrl: input.onlineUrl ?? null,
        topic: input.topic ?? null,
        status: SessionStatus.PLANNED,
        sequence: 0,
        plannedById: actor.personId,
        cancelledAt: null,
        cancellationReason: null,
        outcomeById: null,
        outcomeAt: null,
        notes: null,
        notesById: null,
      });
      return this.saved(actor, manager, pairing, session, 'PLANNED', true);
    });
    await this.mails.session('PLANNED', planned.id, actor.personId);
    return planned;
  }

  async reschedule(actor: Actor, input: RescheduleBuddySessionInput): Promise<BuddySession> {
    let before: SessionBefore | null = null;
    const moved = await this.dataSource.transaction(async (manager) => {
      const { pairing, session } = await this.lock(manager, actor, input.id);
      if (session.status !== SessionStatus.PLANNED) throw sessionNotPlanned();
      const { id: _id, ...changes } = input;
      const was = { ...session };
      Object.assign(session, definedOnly(changes));
      if (session.startsAt.getTime() !== was.startsAt.getTime()) {
        this.checkTimes(session.startsAt, session.endsAt);
      } else if (session.endsAt <= session.startsAt) {
        throw endsBeforeStart();
      }
      const told = TOLD.some((key) => String(was[key]) !== String(session[key]));
      if (told) {
        session.sequence += 1;
        before = { startsAt: was.startsAt, endsAt: was.endsAt };
      }
      return this.saved(actor, manager, pairing, session, 'CHANGED', told);
    });
    if (before) await this.mails.session('CHANGED', moved.id, actor.personId, before);
    return moved;
  }

  async cancel(actor: Actor, input: CancelBuddySessionInput): Promise<BuddySession> {
    const cancelled = await this.dataSource.transaction(async (manager) => {
      const { pairing, session } = await this.lock(manager, actor, input.id);
      if (session.status !== SessionStatus.PLANNED) throw sessionNotPlanned();
      session.status = SessionStatus.CANCELLED;
      session.cancelledAt = this.clock.now();
      session.cancellationReason = input.reason ?? null;
      session.sequence += 1;
      return this.saved(actor, manager, pairing, session, 'CANCELLED', true);
    });
    await this.mails.session('CANCELLED', cancelled.id, actor.personId);
    return cancelled;
  }

  recordOutcome(actor: Actor, input: RecordBuddySessionOutcomeInput): Promise<BuddySession> {
    return this.dataSource.transaction(async (manager) => {
      const { pairing, session } = await this.lock(manager, actor, input.id);
      if (session.status === SessionStatus.CANCELLED) throw sessionNotPlanned();
      if (session.startsAt > this.clock.now()) throw sessionNotStarted();
      session.status = input.outcome as unknown as SessionStatus;
      session.outcomeById = actor.personId;
      session.outcomeAt = this.clock.now();
      if (input.notes !== undefined) {
        session.notes = input.notes;
        session.notesById = actor.personId;
      }
      return this.saved(actor, manager, pairing, session, 'MARKED', false);
    });
  }

  setNotes(actor: Actor, input: SetBuddySessionNotesInput): Promise<BuddySession> {
    return this.dataSource.transaction(async (manager) => {
      const { pairing, session } = await this.lock(manager, actor, input.id);
      session.notes = input.notes ?? null;
      session.notesById = session.notes === null ? null : actor.personId;
      await manager.save(session);
      return sessionView(actor, pairing, session);
    });
  }

  private checkTimes(startsAt: Date, endsAt: Date): void {
    if (endsAt <= startsAt) throw endsBeforeStart();
    if (startsAt <= this.clock.now()) throw startsInPast();
  }

  /**
   * The session and its pairing, the pairing locked. Only the pair acts on sessions: program
   * managers are refused like everyone else outside it (their refusal names the notes rule).
   */
  private async lock(manager: EntityManager, actor: Actor, id: string) {
    const found = await manager.findOne(BuddySessionEntity, { where: { id } });
    if (!found) throw actor.isProgramManager ? sessionNotFound() : notInPair();
    const pairing = await lockPairing(manager, actor, found.pairingId);
    PairingAccess.requireNotes(actor, pairing);
    const session = await manager.findOneOrFail(BuddySessionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return { pairing, session };
  }

  private async saved(
    actor: Actor,
    manager: EntityManager,
    pairing: BuddyPairingEntity,
    session: BuddySessionEntity,
    kind: SessionChangeKind,
    told: boolean,
  ): Promise<BuddySession> {
    const saved = await manager.save(session);
    await this.hooks.notify({ session: saved, kind, told, manager });
    return sessionView(actor, pairing, saved);
  }
}
