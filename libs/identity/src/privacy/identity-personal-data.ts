import {
  ConflictError,
  ErasureAction,
  ErasureStep,
  NotFoundError,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionRule,
  RetentionScope,
} from '@zyklus/common';
import { PersonEntity } from '../person/person.entity';
import { alreadyErased } from '../person/person.errors';
import { Role } from '../person/role';
import { SignInTokenEntity } from '../sign-in/sign-in-token.entity';
import { ERASED_EMAIL_DOMAIN } from '../person/person-view';

/** The name an erased person keeps, so lists and counts still read. */
export const ERASED_NAME = 'Gelöschte Person';
/** An address that can never receive mail (RFC 2606 `.invalid`), unique per person. */
export const erasedEmail = (personId: string) => `erased-${personId}${ERASED_EMAIL_DOMAIN}`;

const personNotFound = () =>
  NotFoundError.of({ de: 'Person', en: 'Person' }, 'personId').because('PERSON_NOT_FOUND');

/**
 * Identity's personal data: the profile (name, address, language, roles) and the sign-in
 * history (one-time links). Erasing anonymises the profile, removes the roles and every link;
 * from then on the access tokens of the person are refused (the guard checks `erased_at`).
 * The rate limit's rows hold only a keyed hash of an address and end with its window.
 */
@PersonalDataContext()
export class IdentityPersonalData implements PersonalDataContextProvider {
  readonly context = 'identity';
  readonly description = {
    de: 'Ihr Profil (Name, E-Mail-Adresse, Sprache, Rollen) und Ihre Anmeldungen.',
    en: 'Your profile (name, email address, language, roles) and your sign-ins.',
  };
  readonly covers = [PersonEntity, SignInTokenEntity];
  readonly erasureOrder = 200;

  readonly retention: readonly RetentionRule[] = [
    {
      dataClass: 'SIGN_IN_LINKS',
      label: { de: 'Anmeldelinks', en: 'Sign-in links' },
      from: { de: 'nach Ablauf des Links', en: 'after the link expired' },
      defaultDays: 1,
      perProgramme: false,
      action: ErasureAction.REMOVE,
      enforce: async ({ manager, cutoffs, dryRun }: RetentionScope) => {
        const [row] = await manager.query<{ count: number }[]>(
          dryRun
            ? `SELECT count(*)::int AS count FROM sign_in_token WHERE expires_at < $1`
            : `WITH gone AS (DELETE FROM sign_in_token WHERE expires_at < $1 RETURNING 1)
               SELECT count(*)::int AS count FROM gone`,
          [cutoffs.default],
        );
        return row?.count ?? 0;
      },
    },
  ];

  async exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    const person = await manager.findOneBy(PersonEntity, { id: personId });
    if (!person) throw personNotFound();
    const links = await manager.find(SignInTokenEntity, {
      where: { personId },
      order: { createdAt: 'ASC' },
    });
    return {
      data: {
        profile: {
          id: person.id,
          name: person.name,
          email: person.email,
          preferredLanguage: person.preferredLanguage,
          roles: person.roles,
          createdAt: person.createdAt.toISOString(),
          lastSignedInAt: person.lastSignedInAt?.toISOString() ?? null,
        },
        signInLinks: links.length,
      },
      tables: [
        {
          name: 'sign-in-history',
          description: {
            de: 'Angeforderte Anmeldelinks: wann angefordert, bis wann gültig, wann benutzt.',
            en: 'Sign-in links asked for: when, valid until, when used.',
          },
          rows: links.map((link) => ({
            requestedAt: link.createdAt.toISOString(),
            expiresAt: link.expiresAt.toISOString(),
            usedAt: link.usedAt?.toISOString() ?? null,
          })),
        },
      ],
    };
  }

  async previewErasure({ manager, personId }: PersonalDataScope): Promise<ErasureStep[]> {
    const person = await manager.findOneBy(PersonEntity, { id: personId });
    if (!person) throw personNotFound();
    const links = await manager.countBy(SignInTokenEntity, { personId });
    return [
      {
        key: 'profile',
        label: {
          de: `Profil: Name wird „${ERASED_NAME}“, E-Mail-Adresse und Sprache werden entfernt`,
          en: `Profile: the name becomes "${ERASED_NAME}", the address and language are removed`,
        },
        action: ErasureAction.ANONYMISE,
        count: 1,
      },
      {
        key: 'roles',
        label: { de: 'Gespeicherte Rollen', en: 'Stored roles' },
        action: ErasureAction.REMOVE,
        count: person.roles.length,
      },
      {
        key: 'sign-in-links',
        label: { de: 'Anmeldelinks und Zugangstoken', en: 'Sign-in links and access tokens' },
        action: ErasureAction.REMOVE,
        count: links,
      },
    ];
  }

  async erasePerson({ manager, personId, now }: PersonalDataScope): Promise<void> {
    const person = await manager.findOne(PersonEntity, {
      where: { id: personId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!person) throw personNotFound();
    if (person.erasedAt) throw alreadyErased();
    if (person.roles.includes(Role.ADMIN)) {
      // Lock every admin row, so two erasures of the last two admins cannot both pass.
      const [admins] = await manager.query<{ others: number }[]>(
        `SELECT count(*)::int AS others FROM (
           SELECT id FROM person
            WHERE 'ADMIN' = ANY(roles) AND erased_at IS NULL AND id <> $1 FOR UPDATE) admins`,
        [personId],
      );
      if (!admins?.others) {
        throw new ConflictError({
          de: 'Die letzte Administratorin / der letzte Administrator kann nicht gelöscht werden.',
          en: 'The last admin cannot be erased.',
        }).because('LAST_ADMIN');
      }
    }
    await manager.delete(SignInTokenEntity, { personId });
    await manager.update(PersonEntity, personId, {
      name: ERASED_NAME,
      email: erasedEmail(personId),
      roles: [],
      lastSignedInAt: null,
      erasedAt: now,
    });
  }
}
