import { INestApplication } from '@nestjs/common';
import request from 'supertest';

export interface GraphQLAnswer<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: {
      code?: string;
      fields?: { field: string; message: string }[];
      stacktrace?: unknown;
    };
  }[];
}

/** Posts GraphQL documents to the app as one caller (with their token, if any). */
export class GraphQLClient {
  constructor(
    private readonly app: INestApplication,
    private readonly headers: Record<string, string> = {},
  ) {}

  /** The same caller with more headers, e.g. `{ 'accept-language': 'en' }`. */
  with(headers: Record<string, string>): GraphQLClient {
    return new GraphQLClient(this.app, { ...this.headers, ...headers });
  }

  /** Posts as a browser would (JSON, so CSRF prevention lets it through). */
  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLAnswer<T>> {
    const response = await request(this.app.getHttpServer())
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...this.headers })
      .send({ query, variables });
    return { status: response.status, ...(response.body as Omit<GraphQLAnswer<T>, 'status'>) };
  }

  /** Like `gql`, but fails the test on any error and returns the data. */
  async data<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const answer = await this.gql<T>(query, variables);
    if (answer.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors, null, 2)}`);
    }
    return answer.data as T;
  }
}
