import { AppConfig } from '@zyklus/config';
import { SIGN_IN_LIMITS } from '@zyklus/identity';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { TestApp } from '../support/test-app';

const REQUEST = 'mutation ($email: String!) { requestSignInLink(email: $email) }';

describe('the rate limits of sign-in link requests', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ TRUST_PROXY: '1' });
    // As apps/api/src/bootstrap.ts does: believe one proxy's X-Forwarded-For entry.
    (t.app as NestExpressApplication).set('trust proxy', t.app.get(AppConfig).trustProxy);
  });
  afterAll(() => t.close());
  // Each test in a window of its own.
  beforeEach(() => t.clock.advance({ hours: 1 }));

  /** Sends the requests at once and counts the answers by outcome. */
  async function outcomes(
    requests: { email: string; forwardedFor?: string }[],
  ): Promise<Record<string, number>> {
    const answers = await Promise.all(
      requests.map(({ email, forwardedFor }) =>
        (forwardedFor ? t.anonymous.with({ 'x-forwarded-for': forwardedFor }) : t.anonymous).gql(
          REQUEST,
          { email },
        ),
      ),
    );
    const counts: Record<string, number> = {};
    for (const answer of answers) {
      const outcome = answer.errors?.[0]?.extensions?.code ?? 'ACCEPTED';
      counts[outcome] = (counts[outcome] ?? 0) + 1;
    }
    return counts;
  }

  it(`accepts exactly ${SIGN_IN_LIMITS.perIp} of 60 parallel requests from one client for different addresses`, async () => {
    const requests = Array.from({ length: 60 }, (_, i) => ({
      email: `parallel${i}@example.org`,
      forwardedFor: '198.51.100.20',
    }));
    expect(await outcomes(requests)).toEqual({
      ACCEPTED: SIGN_IN_LIMITS.perIp,
      TOO_MANY_REQUESTS: 60 - SIGN_IN_LIMITS.perIp,
    });
  });

  it(`accepts exactly ${SIGN_IN_LIMITS.perEmail} of 20 parallel requests for one address from different clients`, async () => {
    const requests = Array.from({ length: 20 }, (_, i) => ({
      email: 'eine-adresse@example.org',
      forwardedFor: `198.51.100.${100 + i}`,
    }));
    expect(await outcomes(requests)).toEqual({
      ACCEPTED: SIGN_IN_LIMITS.perEmail,
      TOO_MANY_REQUESTS: 20 - SIGN_IN_LIMITS.perEmail,
    });
  });

  it('counts a client whose forwarded address is no IP address (e.g. 100 characters) by the connection it came on', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => ({
      email: `garbage${i}@example.org`,
      forwardedFor: i === 0 ? 'x'.repeat(100) : `not-an-address-${i}`,
    }));
    expect(await outcomes(requests)).toEqual({
      ACCEPTED: SIGN_IN_LIMITS.perIp,
      TOO_MANY_REQUESTS: 40 - SIGN_IN_LIMITS.perIp,
    });
  });

  it('behind one proxy, believes only the entry the proxy added, not what the client wrote before it', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => ({
      email: `spoofed${i}@example.org`,
      forwardedFor: `203.0.113.${i + 1}, 198.51.100.30`,
    }));
    expect(await outcomes(requests)).toEqual({
      ACCEPTED: SIGN_IN_LIMITS.perIp,
      TOO_MANY_REQUESTS: 40 - SIGN_IN_LIMITS.perIp,
    });
    // Another client behind the same proxy still gets through.
    expect(
      await outcomes([{ email: 'andere@example.org', forwardedFor: '198.51.100.31' }]),
    ).toEqual({ ACCEPTED: 1 });
  });

  it('counts every address of one IPv6 /64 as one client', async () => {
    const requests = Array.from({ length: 40 }, (_, i) => ({
      email: `ipv6-${i}@example.org`,
      forwardedFor: `2001:db8:aa:bb::${(i + 1).toString(16)}`,
    }));
    expect(await outcomes(requests)).toEqual({
      ACCEPTED: SIGN_IN_LIMITS.perIp,
      TOO_MANY_REQUESTS: 40 - SIGN_IN_LIMITS.perIp,
    });
    const stored = await t.app
      .get(DataSource)
      .query<{ ip: string }[]>(`SELECT DISTINCT ip FROM sign_in_request WHERE ip LIKE '2001:%'`);
    expect(stored).toEqual([{ ip: '2001:db8:aa:bb::/64' }]);
  });
});
