import { Language } from '@zyklus/common';
import { Actor } from '../auth/actor';
import { personView } from './person-view';
import { Role } from './role';

const person = {
  id: 'p-1',
  name: 'Lena Hartmann',
  email: 'lena@example.org',
  preferredLanguage: Language.DE,
  roles: [],
  lastSignedInAt: new Date('2026-01-01T08:00:00Z'),
  createdAt: new Date('2025-01-01T08:00:00Z'),
};

describe('personView: contact data only for program managers and the person themselves', () => {
  it('shows email and last sign-in to a program manager and to the person', () => {
    for (const actor of [
      new Actor('pm', [Role.PROGRAM_MANAGER], Language.DE),
      new Actor('p-1', [], Language.DE),
    ]) {
      expect(personView(actor, person)).toMatchObject({
        visibleEmail: 'lena@example.org',
        visibleLastSignedInAt: person.lastSignedInAt,
      });
    }
  });

  it('hides them from anyone else', () => {
    const view = personView(new Actor('fellow', [], Language.DE), person);
    expect(view).toMatchObject({ name: 'Lena Hartmann', visibleEmail: null });
    expect(view.visibleLastSignedInAt).toBeNull();
    expect(JSON.stringify(view)).not.toContain('lena@example.org');
  });

  it('shows no address of an erased person, not even to a program manager', () => {
    const erased = { ...person, name: 'Gelöschte Person', email: 'erased-p-1@erased.invalid' };
    const view = personView(new Actor('pm', [Role.PROGRAM_MANAGER], Language.DE), erased);
    expect(view).toMatchObject({ erased: true, visibleEmail: null, visibleLastSignedInAt: null });
    expect(personView(new Actor('pm', [Role.PROGRAM_MANAGER], Language.DE), person).erased).toBe(
      false,
    );
  });
});
