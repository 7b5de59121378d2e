import { EntityManager } from 'typeorm';
import { PersonRoleHooks, PersonRolesChanged } from './person-role-hooks';
import { Role } from './role';

describe('PersonRoleHooks', () => {
  const manager = {} as EntityManager;

  function hooksRecording() {
    const hooks = new PersonRoleHooks();
    const seen: PersonRolesChanged[] = [];
    hooks.register((event) => {
      seen.push(event);
      return Promise.resolve();
    });
    return { hooks, seen };
  }

  it('tells the listeners when roles were granted or revoked', async () => {
    const { hooks, seen } = hooksRecording();
    await hooks.notify({
      personId: 'p',
      previousRoles: [],
      roles: [Role.PROGRAM_MANAGER],
      manager,
    });
    await hooks.notify({ personId: 'p', previousRoles: [Role.ADMIN], roles: [], manager });
    expect(seen.map((e) => e.roles)).toEqual([[Role.PROGRAM_MANAGER], []]);
  });

  it('stays quiet when the roles are the same, in any order', async () => {
    const { hooks, seen } = hooksRecording();
    await hooks.notify({
      personId: 'p',
      previousRoles: [Role.PROGRAM_MANAGER, Role.ADMIN],
      roles: [Role.ADMIN, Role.PROGRAM_MANAGER],
      manager,
    });
    await hooks.notify({ personId: 'p', previousRoles: [], roles: [], manager });
    expect(seen).toEqual([]);
  });
});
