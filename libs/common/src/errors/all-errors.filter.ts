import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Inject,
  Logger,
} from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { requestLanguage } from '../i18n/request-language';
import { presentError } from './error-presentation';

/** Whether answers may carry internal error messages (not in production). */
export const EXPOSE_INTERNAL_ERRORS = Symbol('EXPOSE_INTERNAL_ERRORS');

/**
 * The one place where errors become answers: GraphQL errors with `extensions.code` (and
 * `extensions.fields` for bad input), or JSON with a matching status for plain HTTP routes.
 */
@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Inject(EXPOSE_INTERNAL_ERRORS) private readonly exposeInternals: boolean) {}

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (error instanceof GraphQLError) return error;
    const graphql = host.getType<GqlContextType>() === 'graphql';
    if (!graphql && error instanceof HttpException) {
      // Plain HTTP routes (health, exports) keep Nest's own answers for HTTP exceptions.
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(error.getStatus())
        .json(error.getResponse());
      return undefined;
    }
    const request: Request | undefined = graphql
      ? GqlArgumentsHost.create(host).getContext<{ req?: Request }>().req
      : host.switchToHttp().getRequest<Request>();
    const answer = presentError(error, requestLanguage(request), this.exposeInternals);
    if (answer.unexpected !== undefined) {
      this.logger.error(
        answer.unexpected instanceof Error
          ? answer.unexpected.stack
          : JSON.stringify(answer.unexpected),
      );
    }
    const extensions = {
      code: answer.code,
      reason: answer.reason,
      ...(answer.fields?.length ? { fields: answer.fields } : {}),
    };
    if (graphql) return new GraphQLError(answer.message, { extensions });
    const response = host.switchToHttp().getResponse<Response>();
    response.status(answer.status).json({ message: answer.message, ...extensions });
    return undefined;
  }
}
