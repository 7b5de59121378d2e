import { batchLoader, byKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { FindOptionsWhere, In, Repository } from 'typeorm';

/**
 * Rows of one entity by id, batched per request: `null` for ids without a row. A library
 * declares one per entity, e.g.
 * `class NetworkByIdLoader extends ByIdLoader<NetworkEntity> { constructor(@InjectRepository(NetworkEntity) rows: Repository<NetworkEntity>) { super(rows); } }`.
 */
export abstract class ByIdLoader<T extends { id: string }> implements LoaderFactory<
  string,
  T | null
> {
  protected constructor(private readonly rows: Repository<T>) {}

  create(): DataLoader<string, T | null> {
    return batchLoader(async (ids) => {
      const found = await this.rows.findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
      return byKeys(ids, found, (row) => row.id, null);
    });
  }
}
