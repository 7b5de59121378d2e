import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor, PersonService, requireProgramManager } from '@zyklus/identity';
import { Mailer } from '@zyklus/mail';
import { DataSource, EntityManager } from 'typeorm';
import { PrivacyAction } from '../audit/privacy-audit-entry.entity';
import { PrivacyAudit } from '../audit/privacy-audit';
import { knownPerson } from '../known-person';
import { EXPORT_DAYS } from '../privacy-personal-data';
import { exportExpired, exportNotFound, exportNotYours } from '../privacy.errors';
import { PersonalDataRegistry } from '../registry/personal-data-registry';
import { ArchivePart, buildArchive } from './export-archive';
import { PersonalDataExportEntity } from './personal-data-export.entity';

const DAY_MS = 24 * 3600_000;

/**
 * Exports (Art. 15/20): asks every context for its rows about the person, in one transaction
 * (one consistent picture), zips them, keeps the ZIP 7 days and mails the one who asked a link.
 */
@Injectable()
export class PersonalDataExportService {
  private readonly logger = new Logger('Privacy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: PrivacyAudit,
    private readonly people: PersonService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  requestMine(actor: Actor): Promise<PersonalDataExportEntity> {
    return this.request(actor, actor.personId);
  }

  /** `mail: false` for the demo data, which makes one export without a mail. */
  requestFor(actor: Actor, personId: string, mail = true): Promise<PersonalDataExportEntity> {
    requireProgramManager(actor);
    return this.request(actor, personId, mail);
  }

  /** The exports about `personId` (program managers) or, without it, the actor's own. */
  async list(actor: Actor, personId?: string): Promise<PersonalDataExportEntity[]> {
    if (personId && personId !== actor.personId) requireProgramManager(actor);
    return this.dataSource.getRepository(PersonalDataExportEntity).find({
      where: { personId: personId ?? actor.personId },
      order: { requestedAt: 'DESC' },
    });
  }

  /**
   * One export, for the person it is about or whoever asked for it, while the link is valid
   * (the app's page for a mailed link shows it before the download).
   */
  async get(actor: Actor, id: string): Promise<PersonalDataExportEntity> {
    const row = await this.dataSource.getRepository(PersonalDataExportEntity).findOneBy({ id });
    return this.readable(actor, row);
  }

  /** The ZIP, for the person it is about or whoever asked for it, while the link is valid. */
  async download(actor: Actor, id: string): Promise<{ filename: string; archive: Buffer }> {
    return this.dataSource.transaction(async (manager) => {
      const row = this.readable(
        actor,
        await manager
          .getRepository(PersonalDataExportEntity)
          .createQueryBuilder('e')
          .addSelect('e.archive')
          .where('e.id = :id', { id })
          .getOne(),
      );
      const now = this.clock.now();
      await manager.update(PersonalDataExportEntity, row.id, { downloadedAt: now });
      await this.audit.record(manager, {
        action: PrivacyAction.EXPORT_DOWNLOADED,
        actorPersonId: actor.personId,
        subjectPersonId: row.personId,
      });
      const day = now.toISOString().slice(0, 10);
      return { filename: `zyklus-daten-${day}.zip`, archive: row.archive };
    });
  }

  /**
   * The web app's page for an export (`/my-data/exports/<id>`): the address the mail links to.
   * It opens in a browser, where the person signs in; the page then downloads the ZIP with
   * their access token (a plain link to the ZIP cannot carry one).
   */
  downloadUrl(exportId: string): string {
    return `${this.config.appUrl}/my-data/exports/${exportId}`;
  }

  /** The ZIP itself (needs `Authorization: Bearer <token>` of a person allowed). */
  archiveUrl(exportId: string): string {
    return `${this.config.appUrl}/exports/personal-data/${exportId}.zip`;
  }

  /** Refuses unknown exports, other people's and expired ones (by reason). */
  private readable(actor: Actor, row: PersonalDataExportEntity | null): PersonalDataExportEntity {
    if (!row) throw exportNotFound();
    if (row.personId !== actor.personId && row.requestedByPersonId !== actor.personId) {
      throw exportNotYours();
    }
    if (row.expiresAt <= this.clock.now()) throw exportExpired();
    return row;
  }

  private async request(
    actor: Actor,
    personId: string,
    mail = true,
  ): Promise<PersonalDataExportEntity> {
    await knownPerson(this.people, actor, personId);
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (manager) => {
      const parts = await this.collect(manager, personId, now);
      const archive = await buildArchive(parts, now);
      const row = manager.create(PersonalDataExportEntity, {
        personId,
        requestedByPersonId: actor.personId,
        requestedAt: now,
        expiresAt: new Date(now.getTime() + EXPORT_DAYS * DAY_MS),
        archive,
        archiveBytes: archive.length,
        downloadedAt: null,
      });
      await manager.insert(PersonalDataExportEntity, row);
      await this.audit.record(manager, {
        action: PrivacyAction.EXPORT_REQUESTED,
        actorPersonId: actor.personId,
        subjectPersonId: personId,
        details: { bytes: archive.length },
      });
      return row;
    });
    if (mail) await this.tell(actor, saved);
    return saved;
  }

  private async collect(manager: EntityManager, personId: string, now: Date) {
    const parts: ArchivePart[] = [];
    for (const context of this.registry.all()) {
      parts.push({
        context: context.context,
        description: context.description,
        part: await context.exportPerson({ manager, personId, now }),
      });
    }
    return parts;
  }

  /** Mails the one who asked, in their language, the link (after the commit). */
  private async tell(actor: Actor, row: PersonalDataExportEntity): Promise<void> {
    try {
      const me = await this.people.get(actor, actor.personId);
      if (!me.visibleEmail) return;
      const link = this.downloadUrl(row.id);
      await this.mailer.send({
        to: { name: me.name, email: me.visibleEmail, language: me.preferredLanguage },
        template: 'personal-data-export',
        data: {
          name: me.name,
          link,
          own: row.personId === actor.personId,
          validDays: EXPORT_DAYS,
          expiresOn: row.expiresAt.toISOString().slice(0, 10),
        },
        devLink: link,
      });
    } catch (error) {
      // The export stands; the page shows it too.
      this.logger.error(`Export mail failed: ${(error as Error).message}`);
    }
  }
}
