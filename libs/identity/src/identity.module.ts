import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessTokenService } from './auth/access-token.service';
import { AuthGuard } from './auth/auth.guard';
import { PersonByIdLoader } from './person/person-by-id.loader';
import { PersonViews } from './person/person-view';
import { PersonRoleHooks } from './person/person-role-hooks';
import { PersonEntity } from './person/person.entity';
import { IdentityPersonalData } from './privacy/identity-personal-data';
import { PersonResolver } from './person/person.resolver';
import { PersonService } from './person/person.service';
import { SignInPageController } from './sign-in/sign-in-page.controller';
import { SignInRequestEntity } from './sign-in/sign-in-request.entity';
import { SignInTokenEntity } from './sign-in/sign-in-token.entity';
import { SignInResolver } from './sign-in/sign-in.resolver';
import { SignInService } from './sign-in/sign-in.service';

export const IDENTITY_RESOLVERS = [PersonResolver, SignInResolver];

/** People, roles, passwordless sign-in, and the default-deny guard for every operation. */
@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, SignInTokenEntity, SignInRequestEntity])],
  controllers: [SignInPageController],
  providers: [
    AccessTokenService,
    PersonService,
    PersonRoleHooks,
    PersonByIdLoader,
    PersonViews,
    SignInService,
    IdentityPersonalData,
    ...IDENTITY_RESOLVERS,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    PersonService,
    PersonRoleHooks,
    PersonByIdLoader,
    PersonViews,
    SignInService,
    AccessTokenService,
  ],
})
export class IdentityModule {}
