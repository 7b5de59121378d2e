import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { RequestLoaders } from './request-loaders';

/** What every resolver can reach through `@Context()`. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}

export function createGraphQLContext({
  req,
  res,
}: {
  req: Request;
  res: Response;
}): GraphQLContext {
  return { req, res, loaders: new RequestLoaders() };
}

/** The request's DataLoaders: `@Loaders() loaders: RequestLoaders`. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestLoaders =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().loaders,
);
