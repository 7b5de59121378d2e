import DataLoader from 'dataloader';

/** Makes a DataLoader for one relation; one instance per request is created on first use. */
export interface LoaderFactory<K, V> {
  /** `loaders` lets a loader prime others with rows it read anyway (e.g. joined people). */
  create(loaders: RequestLoaders): DataLoader<K, V>;
}

/**
 * The DataLoaders of one GraphQL request, keyed by their factory. Field resolvers write
 * `loaders.for(this.programmeById).load(cohort.programmeId)`, so a list of 50 cohorts costs one
 * query for their programmes, and nothing is cached beyond the request.
 */
export class RequestLoaders {
  private readonly loaders = new Map<object, unknown>();

  for<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = factory.create(this);
      this.loaders.set(factory, loader);
    }
    return loader;
  }
}

/** Builds a batch function's answer in key order from rows, with `missing` for absent keys. */
export function byKeys<K, V, M>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
  missing: M,
): (V | M)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? missing);
}

/** Groups rows by key, in the order of `keys` (an empty list for keys without rows). */
export function groupByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A DataLoader that collects keys until the current round of resolvers has run (setImmediate
 * instead of the next microtask), so fields reached through promises of different depth still
 * share one batch: the statement count stays the same for 5 rows and for 50.
 */
export function batchLoader<K, V>(batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
  return new DataLoader(batch, { batchScheduleFn: (dispatch) => setImmediate(dispatch) });
}
