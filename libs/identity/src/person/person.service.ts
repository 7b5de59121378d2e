import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ConnectionShape,
  decodeCursor,
  DEFAULT_LANGUAGE,
  Language,
  toConnection,
} from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { isUniqueViolation } from '@zyklus/database';
import { Mailer } from '@zyklus/mail';
import { Repository } from 'typeorm';
import { requireProgramManager } from '../auth/access-rules';
import { Actor } from '../auth/actor';
import { InvitePersonInput } from './inputs/invite-person.input';
import { PeopleArgs } from './inputs/people.args';
import { SetPersonRolesInput } from './inputs/set-person-roles.input';
import { UpdateMyProfileInput } from './inputs/update-my-profile.input';
import { PersonEntity } from './person.entity';
import { personView, PersonView } from './person-view';
import { PersonRoleHooks } from './person-role-hooks';
import { adminRoleReserved, alreadyErased, emailTaken, personNotFound } from './person.errors';
import { Role } from './role';

/** People and their roles. Program managers invite people and assign roles. */
@Injectable()
export class PersonService {
  private readonly logger = new Logger('People');

  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly roleHooks: PersonRoleHooks,
  ) {}

  /** A person: program managers see anyone, others only themselves (NOT_FOUND otherwise). */
  async get(actor: Actor, id: string): Promise<PersonView> {
    const person =
      actor.isProgramManager || actor.personId === id ? await this.people.findOneBy({ id }) : null;
    if (!person) throw personNotFound();
    return personView(actor, person);
  }

  /** People by name, for program managers. */
  async list(actor: Actor, args: PeopleArgs): Promise<ConnectionShape<PersonView>> {
    requireProgramManager(actor);
    const query = this.people.createQueryBuilder('person');
    if (args.search) {
      const pattern = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(person.name ILIKE :pattern OR person.email ILIKE :pattern)', { pattern });
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'uuid']);
      query.andWhere('(person.name, person.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await query
      .orderBy('person.name', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    const views = rows.map((row) => personView(actor, row));
    return toConnection(views, args.first, (p) => [p.name, p.id], totalCount);
  }

  /** Adds a person and mails them an invitation to sign in. */
  async invite(actor: Actor, input: InvitePersonInput): Promise<PersonView> {
    requireProgramManager(actor);
    if (input.roles.includes(Role.ADMIN) && !actor.isAdmin) throw adminRoleReserved();
    let person: PersonEntity;
    try {
      person = await this.people.manager.transaction(async (manager) => {
        const added = await manager.save(manager.create(PersonEntity, input));
        await this.roleHooks.notify({
          personId: added.id,
          previousRoles: [],
          roles: added.roles,
          actorId: actor.personId,
          manager,
        });
        return added;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_person_email')) throw emailTaken(input.email);
      throw error;
    }
    const inviter = await this.people.findOneBy({ id: actor.personId });
    await this.sendInvitation(person, inviter?.name ?? 'Zyklus');
    return personView(actor, person);
  }

  /** The signed-in person changes their own name or language. */
  async updateOwnProfile(actor: Actor, input: UpdateMyProfileInput): Promise<PersonView> {
    const saved = await this.people.manager.transaction(async (manager) => {
      const person = await manager.findOne(PersonEntity, {
        where: { id: actor.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw personNotFound();
      if (input.name !== undefined) person.name = input.name;
      if (input.preferredLanguage !== undefined) person.preferredLanguage = input.preferredLanguage;
      return manager.save(person);
    });
    return personView(actor, saved);
  }

  /** Replaces a person's roles; granting or revoking ADMIN needs an admin. */
  async setRoles(actor: Actor, input: SetPersonRolesInput): Promise<PersonView> {
    requireProgramManager(actor);
    const saved = await this.people.manager.transaction(async (manager) => {
      const person = await manager.findOne(PersonEntity, {
        where: { id: input.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw personNotFound('personId');
      if (person.erasedAt) throw alreadyErased();
      if (person.roles.includes(Role.ADMIN) !== input.roles.includes(Role.ADMIN)) {
        if (!actor.isAdmin) throw adminRoleReserved();
      }
      const previousRoles = person.roles;
      person.roles = [...input.roles].sort();
      const saved = await manager.save(person);
      await this.roleHooks.notify({
        personId: person.id,
        previousRoles,
        roles: saved.roles,
        actorId: actor.personId,
        manager,
      });
      return saved;
    });
    return personView(actor, saved);
  }

  /**
   * For the CLI that starts a deployment: makes the person with this address an admin and
   * program manager, creating them if needed. No actor: whoever runs the CLI has the server.
   */
  async ensureAdmin(input: {
    email: string;
    name: string;
    preferredLanguage?: Language;
  }): Promise<{ person: PersonEntity; created: boolean }> {
    const email = input.email.trim().toLowerCase();
    return this.people.manager.transaction(async (manager) => {
      const existing = await manager.findOne(PersonEntity, {
        where: { email },
        lock: { mode: 'pessimistic_write' },
      });
      const roles = [Role.ADMIN, Role.PROGRAM_MANAGER];
      const previousRoles = existing?.roles ?? [];
      const person = existing
        ? Object.assign(existing, { roles: [...new Set([...existing.roles, ...roles])].sort() })
        : manager.create(PersonEntity, {
            email,
            name: input.name.trim(),
            preferredLanguage: input.preferredLanguage ?? DEFAULT_LANGUAGE,
            roles,
          });
      const saved = await manager.save(person);
      await this.roleHooks.notify({
        personId: saved.id,
        previousRoles,
        roles: saved.roles,
        manager,
      });
      return { person: saved, created: !existing };
    });
  }

  private async sendInvitation(person: PersonEntity, invitedBy: string): Promise<void> {
    try {
      await this.mailer.send({
        to: { name: person.name, email: person.email, language: person.preferredLanguage },
        template: 'invitation',
        data: { name: person.name, invitedBy, signInUrl: `${this.config.appUrl}/sign-in` },
      });
    } catch (error) {
      // The person exists; the invitation can be repeated by requesting a sign-in link.
      this.logger.error(`Invitation to ${person.email} failed: ${(error as Error).message}`);
    }
  }
}
