import { DiscoveryService } from '@nestjs/core';
import { Language, LocalizedText } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { CalendarAttendee, MailTemplate } from '@zyklus/mail';
import { EntityManager } from 'typeorm';
import { ReminderAudience, ReminderEventKind, ReminderKind } from '../rule/reminder-enums';
import { ReminderEvent } from './reminder-event';

/** One audience of a kind of event: who a rule may write to, as its context defines them. */
export interface ReminderAudienceSpec {
  /** e.g. `PARTICIPANTS`; upper case, what rules store and the API shows. */
  readonly name: ReminderAudience;
  /** For the API and the program manager: who they are. */
  readonly description: string;
  /** How they appear as ATTENDEE in the .ics. */
  readonly attendeeRole: CalendarAttendee['role'];
  /** A flag set true in the mail's data when the recipient is of this audience (e.g. `asManager`). */
  readonly templateFlag?: string;
  /** They may say "I can't come" (a signed link in the mail; the adapter records it). */
  readonly canDecline?: boolean;
  /** They get a cancellation notice when an announced event is cancelled. */
  readonly toldOfCancellation?: boolean;
  /** Why a pending reminder is cancelled when a person leaves the audience. */
  readonly leftReason: string;
  /**
   * The stored role this audience follows (e.g. `PROGRAM_MANAGER`): granting or revoking it
   * re-plans the events of the rules written to this audience, and only those.
   */
  readonly fromRole?: string;
  /**
   * Recipients without an account (e.g. an initiative's contact person): the event's
   * `recipients` of this audience are ids the adapter's `contacts()` resolves, kept in the
   * ledger's `contact_id`. They get the rules' reminders only — no change, cancellation or
   * personal-cancellation notices from the ledger (whoever invited them tells them of changes),
   * no decline link, no calendar feed — and every mail carries their one-click unsubscribe link
   * with the `List-Unsubscribe` and `List-Unsubscribe-Post` headers (RFC 8058). Not together
   * with `canDecline`, `toldOfCancellation` or `fromRole`.
   */
  readonly contacts?: boolean;
}

/** A recipient without an account, as the adapter that names them resolves them. */
export interface ReminderContact {
  id: string;
  /**
   * Who they are, for program managers in the ledger, without name or address (contact data
   * is not theirs to see), e.g. the initiative's name.
   */
  label: string;
  /**
   * How to mail them; null when no mail may go to them now (no recorded consent, unsubscribed,
   * no address): a row due to them is then cancelled.
   */
  mail: {
    name: string;
    email: string;
    language: Language;
    /** The one-click unsubscribe address (accepts RFC 8058's POST). */
    unsubscribeUrl: string;
    /** More values for the templates, printed only (e.g. `initiativeName`). */
    data?: Record<string, string>;
  } | null;
}

/** One scope a rule may name, as people choose it (e.g. a peer group by its name). */
export interface ReminderScopeOption {
  id: string;
  /** In the person's language where it has words of its own, e.g. "Runde Nord (7. Durchgang)". */
  label: string;
}

/** A scope of rules besides programme and cohort that a kind declares, e.g. a peer group. */
export interface ReminderScopeSpec {
  /** What the scope is, for the API (English, e.g. "peer group"). */
  readonly description: string;
  /** What one such scope is called, for people and messages (e.g. "Gruppe der Kollegialen Runden"). */
  readonly label: LocalizedText;
  /** Whether `scopeId` exists in the programme (a rule's scope is refused otherwise). */
  contains(manager: EntityManager, programmeId: string, scopeId: string): Promise<boolean>;
  /**
   * The programme's scopes a rule may name, in the order to offer them, labelled in `language`:
   * what a program manager chooses from (`reminderScopeOptions`). Without it a
   * client cannot offer a choice (a known `scopeId` is still accepted).
   */
  options?(
    manager: EntityManager,
    programmeId: string,
    language: Language,
  ): Promise<ReminderScopeOption[]>;
}

/**
 * A nudge: a mail about something that did not happen (attendance not recorded, no session held),
 * sent by a rule with template NUDGE naming it, at an offset from the event's (subject's) start
 * or end, only if its condition still holds just before sending.
 */
export interface ReminderNudgeSpec {
  /** e.g. `ATTENDANCE_NOT_RECORDED`; what rules store in `nudge`. */
  readonly name: string;
  readonly description: string;
  /** The mail it sends. */
  readonly mail: MailTemplate;
  /** The audiences it may be sent to (a subset of the kind's). */
  readonly audiences: readonly ReminderAudience[];
  /**
   * Checked just before sending, in the dispatcher's transaction: for each of these events whose
   * condition no longer holds, the reason in words ("attendance recorded"); the rows are SKIPPED
   * with it. Events left out are nudged.
   */
  settled(manager: EntityManager, eventIds: readonly string[]): Promise<Map<string, string>>;
}

/** Where a rule or membership change re-plans: events of these programmes, cohorts or scopes. */
export interface ReminderScope {
  programmeIds?: readonly string[];
  cohortIds?: readonly string[];
  scopeIds?: readonly string[];
}

/**
 * What a context provides so that its events get reminders, change notices, cancellations,
 * calendar feeds and nudges (see README "Adding an event kind"). It lives in the context's own
 * library, is a Nest provider marked `@ReminderEventAdapter()`, and is found at start.
 */
export interface ReminderEventSource {
  /** e.g. `WORKSHOP`: upper case letters and underscores, at most 40. */
  readonly kind: ReminderEventKind;
  /** For the API: what an event of this kind is. */
  readonly description: string;
  /** Who rules may write to, in the order a person's role in a mail is decided. */
  readonly audiences: readonly ReminderAudienceSpec[];
  /** A scope of rules besides programme and cohort, if the kind has one. */
  readonly scope?: ReminderScopeSpec;
  /** The mails per kind of ledger row. */
  readonly mails: Readonly<Record<ReminderKind, MailTemplate>>;
  /** The nudges rules of this kind may send. */
  readonly nudges?: readonly ReminderNudgeSpec[];
  /**
   * The GraphQL type of its events in the ledger: a class extending `ReminderEventNode`
   * (`@ObjectType({ implements: () => ReminderEventNode })`); the context may add fields.
   */
  readonly graphqlType: abstract new () => object;

  /** The events with these ids (missing ones left out), with their recipients. */
  load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]>;

  /**
   * The contacts with these ids (missing ones left out), for a kind with a `contacts` audience:
   * read when sending (consent is checked then) and for the ledger's view.
   */
  contacts?(manager: EntityManager, ids: readonly string[]): Promise<ReminderContact[]>;

  /**
   * Ids of the events in these programmes, cohorts or scopes that are published and not over at
   * `now`, or that still have pending reminders (a follow-up after the end, a notice not yet
   * sent): the ones a rule or membership change re-plans.
   */
  upcoming(manager: EntityManager, scope: ReminderScope, now: Date): Promise<string[]>;

  /**
   * The events in a person's calendar feed, by the context's own access rules: the ones they take
   * part in (program managers: all but drafts), ended at most `since` ago.
   */
  takingPart(manager: EntityManager, actor: Actor, since: Date): Promise<string[]>;

  /**
   * Records in the event's own terms that a person of a `canDecline` audience cannot come (e.g. a
   * workshop's attendance EXCUSED), in the caller's transaction. False when they are not of it.
   */
  recordDecline?(
    manager: EntityManager,
    eventId: string,
    personId: string,
    at: Date,
  ): Promise<boolean>;
}

/** Marks a provider as the reminders' adapter for one kind of event (found at start). */
export const ReminderEventAdapter = DiscoveryService.createDecorator<void>();
