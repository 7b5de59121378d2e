import { registerEnumType } from '@nestjs/graphql';

/**
 * Roles stored on a person. Coordinators and buddies have none: what they may see follows
 * from data (a participation, a pairing), checked by each library's policy.
 */
export enum Role {
  ADMIN = 'ADMIN',
  PROGRAM_MANAGER = 'PROGRAM_MANAGER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'A role stored on a person’s account.',
  valuesMap: {
    ADMIN: { description: 'Administrator: may also grant and revoke the ADMIN role.' },
    PROGRAM_MANAGER: {
      description: 'Programm-Manager:in: plans cohorts and workshops, sees everything.',
    },
  },
});
