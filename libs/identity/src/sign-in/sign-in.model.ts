import { Field, ObjectType } from '@nestjs/graphql';
import { Person } from '../person/person.model';
import type { PersonView } from '../person/person-view';

@ObjectType({ description: 'A successful sign-in.' })
export class SignInResult {
  @Field({
    description: 'Send it as `Authorization: Bearer <accessToken>` with every request.',
  })
  accessToken!: string;

  @Field({ description: 'When the access token stops working; then sign in again.' })
  expiresAt!: Date;

  @Field(() => Person, { description: 'The person now signed in.' })
  person!: PersonView;
}
