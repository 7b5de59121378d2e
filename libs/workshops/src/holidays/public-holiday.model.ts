import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@zyklus/common';

@ObjectType({
  description:
    'A public holiday (gesetzlicher Feiertag) a picked day falls on: a warning, the day is kept.',
})
export class PublicHolidayWarning {
  @Field(() => LocalDateScalar, { description: 'The picked day.' })
  date!: string;

  @Field({ description: 'The holiday’s name in German, e.g. "Fronleichnam".' })
  name!: string;

  @Field({ description: 'The holiday’s name in English, e.g. "Corpus Christi".' })
  nameEn!: string;
}
