import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { createSecretKey } from 'node:crypto';
import { Clock, UnauthenticatedError } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';

/** The one algorithm tokens are signed and verified with. */
const ALGORITHM = 'HS256';

interface AccessTokenClaims {
  sub: string;
  iat: number;
  exp: number;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

const invalidToken = () =>
  new UnauthenticatedError({
    de: 'Ihre Anmeldung ist ungültig. Bitte melden Sie sich neu an.',
    en: 'Your sign-in is invalid. Please sign in again.',
  });

const expiredToken = () =>
  new UnauthenticatedError({
    de: 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich neu an.',
    en: 'Your sign-in has expired. Please sign in again.',
  });

/**
 * Signed access tokens (JWT, HS256 only: `none`, other HMACs and public-key algorithms are
 * refused) naming the person by id; lifetime from JWT_TTL, and a token without expiry is refused.
 */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    // A prepared key: given the secret as a string, jsonwebtoken first tries to read it as a
    // public key on every verification, which throws and costs more than the HMAC itself.
    const key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
    this.jwt = new JwtService({
      secretOrKeyProvider: () => key,
      signOptions: { algorithm: ALGORITHM },
      verifyOptions: { algorithms: [ALGORITHM] },
    });
  }

  async issue(personId: string): Promise<IssuedAccessToken> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const exp = iat + this.config.auth.accessTokenTtlSeconds;
    const token = await this.jwt.signAsync({ sub: personId, iat, exp }, { algorithm: ALGORITHM });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The person id in a valid token; UNAUTHENTICATED for a forged, malformed or expired one. */
  async verify(token: string): Promise<string> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        algorithms: [ALGORITHM],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      // Every token Zyklus issues has an expiry and names a person by id; any other is forged.
      if (typeof claims.exp !== 'number') throw invalidToken();
      if (typeof claims.sub !== 'string' || !isUUID(claims.sub)) throw invalidToken();
      return claims.sub;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      throw (error as Error).name === 'TokenExpiredError' ? expiredToken() : invalidToken();
    }
  }
}
