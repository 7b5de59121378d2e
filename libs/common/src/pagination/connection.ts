import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CursorValue, encodeCursor } from './cursor';

@ObjectType({ description: 'Where a page stands in the whole list.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Base of a GraphQL connection type for `node`; extend it with a described `@ObjectType()`,
 * e.g. `class CohortConnection extends Connection(Cohort) {}` (which also yields `CohortEdge`).
 */
export function Connection<T>(node: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${node.name}Edge`, { description: `One ${node.name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: Edge<T>[];

    @Field(() => [node], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole filtered list.' })
    totalCount!: number;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

/**
 * Builds a page from rows fetched with `limit first + 1` (the extra row tells whether a next
 * page exists) and the keyset values of each row.
 */
export function toConnection<T>(
  rows: readonly T[],
  first: number,
  keyOf: (row: T) => readonly CursorValue[],
  totalCount: number,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
