import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'zyklus:public';

/**
 * Opts an operation out of the default-deny guard. Only sign-in and health are public; a test
 * walks the schema and fails for any other operation callable without a token.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
