import { JwtService } from '@nestjs/jwt';
import { Clock, UnauthenticatedError } from '@zyklus/common';
import { loadConfig } from '@zyklus/config';
import { AccessTokenService } from './access-token.service';

const SECRET = 'a-long-random-secret-of-at-least-32-characters';
const PERSON = '6f1c5a0e-0f59-4d4b-8a49-6b7a1d1d3b3f';
const NOW = new Date('2026-03-01T09:00:00Z');
const iat = Math.floor(NOW.getTime() / 1000);

describe('AccessTokenService', () => {
  const clock = { now: () => NOW } as Clock;
  const tokens = new AccessTokenService(loadConfig({ JWT_SECRET: SECRET }), clock);
  /** A token signed with the real secret, as if the secret had leaked or a bug issued it. */
  const forge = (claims: object, algorithm: 'HS256' | 'HS512' = 'HS256') =>
    new JwtService({ secret: SECRET }).sign(claims, { algorithm });

  it('accepts what it issues and names the person', async () => {
    const { token } = await tokens.issue(PERSON);
    await expect(tokens.verify(token)).resolves.toBe(PERSON);
  });

  it.each([
    ['without exp', { sub: PERSON, iat }],
    ['with a sub that is no person id', { sub: "x' OR 1=1", iat, exp: iat + 60 }],
    ['with a numeric sub', { sub: 42, iat, exp: iat + 60 }],
  ])('refuses a token %s as UNAUTHENTICATED', async (_case, claims) => {
    await expect(tokens.verify(forge(claims))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses another algorithm, even with the right secret', async () => {
    const token = forge({ sub: PERSON, iat, exp: iat + 60 }, 'HS512');
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: PERSON, iat, exp: iat + 60 })}.`;
    await expect(tokens.verify(token)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
