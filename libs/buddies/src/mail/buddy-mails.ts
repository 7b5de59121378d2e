import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cohortsSql } from '@zyklus/cohorts';
import { Clock, germanDate, Language, localDateOf } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { identitySql, PersonRow } from '@zyklus/identity';
import {
  buildInvitation,
  formatDays,
  Mailer,
  MailMessage,
  mailTemplateFolder,
  parseMailbox,
} from '@zyklus/mail';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ScoreReason, ScoreReasonCode } from '../matching/score';
import { PairingRecord } from '../pairing/pairing-records';
import { BuddyProblemReportEntity } from '../problem/buddy-problem-report.entity';

const mail = (name: string) => mailTemplateFolder(join(__dirname, name));
const TEMPLATES = {
  proposal: mail('buddy-proposal'),
  PLANNED: mail('buddy-session-invitation'),
  CHANGED: mail('buddy-session-changed'),
  CANCELLED: mail('buddy-session-called-off'),
  problem: mail('buddy-problem-report'),
};

export type SessionMailKind = 'PLANNED' | 'CHANGED' | 'CANCELLED';

/** What the other one knew before a change: a line such as "Mi., 14.01.2026, 17:00–18:00". */
export interface SessionBefore {
  startsAt: Date;
  endsAt: Date;
}

interface SessionRow {
  id: string;
  pairing_id: string;
  sequence: number;
  starts_at: Date;
  ends_at: Date;
  format: string;
  place: string | null;
  online_url: string | null;
  topic: string | null;
  cancellation_reason: string | null;
  time_zone: string;
  programme_name: string;
  reply_to: string | null;
  new_coordinator_id: string;
  buddy_id: string;
  people: { id: string; name: string; email: string; language: Language }[];
}

/** One reason of a score as people read it. */
function reasonLine(reason: ScoreReason, language: Language): string {
  const de = language === Language.DE;
  switch (reason.code) {
    case ScoreReasonCode.SAME_BUNDESLAND:
      return de ? `gleiches Bundesland (${reason.detail})` : `same state (${reason.detail})`;
    case ScoreReasonCode.TRAVELS_TO_BUNDESLAND:
      return de ? `reist nach ${reason.detail}` : `travels to ${reason.detail}`;
    case ScoreReasonCode.NEIGHBOURING_BUNDESLAND:
      return de ? `Nachbarländer (${reason.detail})` : `neighbouring states (${reason.detail})`;
    case ScoreReasonCode.SAME_NETWORK_KIND:
      return de ? 'gleiche Art von Netzwerk' : 'same kind of network';
    case ScoreReasonCode.SHARED_TOPICS:
      return de ? `gemeinsame Themen: ${reason.detail}` : `shared topics: ${reason.detail}`;
    case ScoreReasonCode.LANGUAGE:
      return de ? 'gemeinsame Sprache' : 'a shared language';
    case ScoreReasonCode.LOAD:
      return de ? `betreut schon ${reason.detail}` : `already pairs ${reason.detail}`;
  }
}

/**
 * The buddy programme's own mails, sent once the change is committed (a failed send is logged;
 * the change stands and the web app shows it): a proposal to both people with the reasons and a
 * link to answer; a session's invitation, change or cancellation to the other one of the pair,
 * with an .ics whose UID the reminders' .ics shares (`buddy_session-<id>@zyklus`), so calendars
 * update one entry; a problem report to the program managers. Reminders and nudges go through
 * the reminder ledger (BuddySessionSource, BuddyPairingSource).
 */
@Injectable()
export class BuddyMails {
  private readonly logger = new Logger('BuddyMails');

  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async proposed(pairings: readonly PairingRecord[]): Promise<void> {
    for (const pairing of pairings) {
      for (const [to, other, asBuddy] of [
        [pairing.newCoordinator, pairing.buddy, false],
        [pairing.buddy, pairing.newCoordinator, true],
      ] as const) {
        const language = to.preferredLanguage;
        await this.send({
          to: { name: to.name, email: to.email, language },
          template: TEMPLATES.proposal,
          programmeName: pairing.programmeName,
          replyTo: pairing.replyTo,
          data: {
            name: to.name,
            otherName: other.name,
            asBuddy,
            networkName: pairing.networkName ?? '',
            cohortTitle: pairing.cohortTitle,
            reasonLines: pairing.reasons.map((r) => reasonLine(r, language)),
            webUrl: `${this.config.appUrl}/tandem/${pairing.id}`,
          },
        });
      }
    }
  }

  /** Tells the other one of the pair (not `actorId`) about a planned, moved or cancelled session. */
  async session(
    kind: SessionMailKind,
    sessionId: string,
    actorId: string,
    before?: SessionBefore,
  ): Promise<void> {
    const [row] = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id, s.pairing_id, s.sequence, s.starts_at, s.ends_at, s.format, s.place,
              s.online_url, s.topic, s.cancellation_reason, g.time_zone, g.name AS programme_name,
              g.reply_to, bp.new_coordinator_id, bp.buddy_id,
              json_agg(json_build_object('id', pe.id, 'name', pe.name, 'email', pe.email,
                                         'language', pe.preferred_language)) AS people
         FROM buddy_session s
         JOIN buddy_pairing bp ON bp.id = s.pairing_id
         JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
         JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
         JOIN ${identitySql.people} pe ON pe.id IN (bp.new_coordinator_id, bp.buddy_id)
        WHERE s.id = $1
        GROUP BY s.id, bp.id, g.id, g.time_zone, g.name, g.reply_to`,
      [sessionId],
    );
    if (!row) return;
    const actor = row.people.find((p) => p.id === actorId);
    const to = row.people.find((p) => p.id !== actorId);
    if (!to || !actor) return;
    const day = (at: Date) => ({
      date: localDateOf(at, row.time_zone),
      startTime: timeOf(at, row.time_zone),
    });
    const wall = (startsAt: Date, endsAt: Date) => ({
      ...day(startsAt),
      endTime: timeOf(endsAt, row.time_zone),
    });
    const days = formatDays([wall(row.starts_at, row.ends_at)], row.time_zone, to.language);
    const previous = before
      ? formatDays([wall(before.startsAt, before.endsAt)], row.time_zone, to.language).lines[0]
      : null;
    const webUrl = `${this.config.appUrl}/tandem/${row.pairing_id}`;
    const title = `Buddy-Treffen ${row.people.map((p) => p.name).join(' & ')}`;
    const cancel = kind === 'CANCELLED';
    const from = parseMailbox(this.config.mail.from);
    const ics = buildInvitation(
      {
        uid: `buddy_session-${row.id}@zyklus`,
        sequence: row.sequence,
        title,
        description: [row.topic, webUrl].filter(Boolean).join('\n\n'),
        location: row.place ?? row.online_url,
        url: row.online_url ?? webUrl,
        days: [{ startsAt: row.starts_at, endsAt: row.ends_at }],
        cancelled: cancel,
      },
      {
        method: cancel ? 'CANCEL' : 'REQUEST',
        name: row.programme_name,
        organizer: { name: from.name || 'Zyklus', email: from.address },
        stamp: this.clock.now(),
      },
    );
    const first = day(row.starts_at).date;
    await this.send({
      to: { name: to.name, email: to.email, language: to.language },
      template: TEMPLATES[kind],
      programmeName: row.programme_name,
      replyTo: row.reply_to,
      data: {
        name: to.name,
        otherName: actor.name,
        firstDate: to.language === Language.DE ? germanDate(first) : first,
        dayLines: days.lines,
        timeZoneLine: days.timeZoneLine,
        place: row.place,
        onlineUrl: row.online_url,
        topic: row.topic,
        previousLine: previous,
        cancellationReason: cancel ? row.cancellation_reason : null,
        webUrl,
      },
      attachments: [
        {
          filename: cancel ? 'absage.ics' : 'termin.ics',
          contentType: `text/calendar; charset=utf-8; method=${cancel ? 'CANCEL' : 'REQUEST'}`,
          content: ics({ name: to.name, email: to.email }),
        },
      ],
    });
  }

  /** Mails every program manager about a report. */
  async problemReported(
    pairing: PairingRecord,
    reporter: PersonRow,
    report: BuddyProblemReportEntity,
  ): Promise<void> {
    const managers = await this.dataSource.query<
      { name: string; email: string; preferred_language: Language }[]
    >(
      `SELECT name, email, preferred_language FROM ${identitySql.people} person
        WHERE roles && ARRAY['PROGRAM_MANAGER']::varchar[] ORDER BY name, id`,
    );
    for (const manager of managers) {
      await this.send({
        to: { name: manager.name, email: manager.email, language: manager.preferred_language },
        template: TEMPLATES.problem,
        programmeName: pairing.programmeName,
        replyTo: pairing.replyTo,
        data: {
          name: manager.name,
          reporterName: reporter.name,
          pairingTitle: `${pairing.newCoordinator.name} & ${pairing.buddy.name}`,
          text: report.text,
          pleaseEnd: report.wantsEnd,
          webUrl: `${this.config.appUrl}/tandem/${pairing.id}`,
        },
      });
    }
  }

  private async send(message: MailMessage): Promise<void> {
    try {
      await this.mailer.send(message);
    } catch (error) {
      this.logger.error(`Mail to ${message.to.email} failed: ${(error as Error).message}`);
    }
  }
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** HH:MM of `at` in `timeZone` (one formatter per zone, made once). */
function timeOf(at: Date, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('de-DE', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormats.set(timeZone, format);
  }
  return format.format(at);
}
