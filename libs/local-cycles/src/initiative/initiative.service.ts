import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NetworkEntity } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { LocalAccess } from '../access/local-access';
import { LocalReminderTriggers } from '../reminders/local-reminder-triggers';
import { DuplicateCheck } from './duplicate-check';
import {
  AddInitiativeInput,
  InitiativeContactInput,
  UpdateInitiativeInput,
} from './initiative.inputs';
import { InitiativeEntity } from './initiative.entity';
import { initiativeNotFound, networkNotFound, possibleDuplicate } from './initiative.errors';
import { Initiative } from './initiative.model';
import { initiativeView } from './initiative-view';

const contactColumns = (contact: InitiativeContactInput | null) => ({
  contactName: contact?.name ?? null,
  contactEmail: contact?.email ?? null,
  contactLanguage: contact?.language ?? Language.DE,
  contactConsentOn: contact?.consentOn ?? null,
});

/**
 * A network's MINT-Initiativen: its coordinator adds and changes them (program managers may
 * too, but never see or set a contact person); a near-duplicate needs an explicit "add anyway".
 */
@Injectable()
export class InitiativeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LocalAccess,
    private readonly duplicates: DuplicateCheck,
    private readonly triggers: LocalReminderTriggers,
  ) {}

  async list(actor: Actor, networkId: string): Promise<Initiative[]> {
    await this.access.requireNetwork(actor, networkId);
    const rows = await this.dataSource.getRepository(InitiativeEntity).find({
      where: { networkId },
      order: { name: 'ASC' },
    });
    const sees = await this.access.seesContacts(actor, networkId);
    return rows.map((row) => initiativeView(row, sees));
  }

  /** Initiatives of the network close to `name` in `city` (what adding it would warn about). */
  async similar(
    actor: Actor,
    networkId: string,
    name: string,
    city: string,
  ): Promise<Initiative[]> {
    await this.access.requireNetwork(actor, networkId);
    const rows = await this.duplicates.candidates(this.dataSource.manager, networkId, name, city);
    const sees = await this.access.seesContacts(actor, networkId);
    return rows.map((row) => initiativeView(row, sees));
  }

  async add(actor: Actor, input: AddInitiativeInput): Promise<Initiative> {
    await this.access.requireNetwork(actor, input.networkId);
    if (input.contact) await this.access.requireCoordinator(actor, input.networkId, 'contact');
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.lockNetwork(manager, input.networkId);
      await this.checkDuplicates(manager, input.networkId, input.name, input.city, input.addAnyway);
      return manager.save(
        manager.create(InitiativeEntity, {
          networkId: input.networkId,
          name: input.name,
          kind: input.kind,
          city: input.city,
          website: input.website ?? null,
          ...contactColumns(input.contact ?? null),
          unsubscribeToken: randomBytes(24).toString('base64url'),
          demo: false,
        }),
      );
    });
    return initiativeView(saved, await this.access.seesContacts(actor, saved.networkId));
  }

  async update(actor: Actor, input: UpdateInitiativeInput): Promise<Initiative> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(InitiativeEntity, { id: input.id });
      if (!found) throw initiativeNotFound();
      await this.access.requireNetwork(actor, found.networkId, 'id');
      if (input.contact !== undefined) {
        await this.access.requireCoordinator(actor, found.networkId, 'contact');
      }
      await this.lockNetwork(manager, found.networkId);
      const row = await manager.findOneOrFail(InitiativeEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      const name = input.name ?? row.name;
      const city = input.city ?? row.city;
      if (name !== row.name || city !== row.city) {
        await this.checkDuplicates(manager, row.networkId, name, city, input.addAnyway, row.id);
      }
      row.name = name;
      row.city = city;
      if (input.kind) row.kind = input.kind;
      if (input.website !== undefined) row.website = input.website;
      if (input.contact !== undefined) {
        const before = row.contactEmail;
        Object.assign(row, contactColumns(input.contact));
        // A new address is a new person: a fresh unsubscribe link, never the old one's.
        if (before !== row.contactEmail)
          row.unsubscribeToken = randomBytes(24).toString('base64url');
      }
      const saved = await manager.save(row);
      // Consent recorded or withdrawn, a contact person added, changed or removed: their
      // reminders of the cycles the initiative is in follow, in this transaction.
      if (input.contact !== undefined) {
        await this.triggers.initiativeContactsChanged(manager, [row.id]);
      }
      return saved;
    });
    return initiativeView(saved, await this.access.seesContacts(actor, saved.networkId));
  }

  /** Serialises adds per network, so two near-duplicates added at once cannot both pass. */
  private async lockNetwork(manager: EntityManager, networkId: string): Promise<void> {
    const network = await manager.findOne(NetworkEntity, {
      where: { id: networkId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!network) throw networkNotFound();
  }

  private async checkDuplicates(
    manager: EntityManager,
    networkId: string,
    name: string,
    city: string,
    addAnyway: boolean,
    excludeId?: string,
  ): Promise<void> {
    if (addAnyway) return;
    const candidates = await this.duplicates.candidates(manager, networkId, name, city, {
      excludeId,
    });
    if (candidates.length) throw possibleDuplicate(candidates);
  }
}
