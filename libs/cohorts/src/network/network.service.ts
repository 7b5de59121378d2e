import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConnectionShape, decodeCursor, definedOnly, toConnection } from '@zyklus/common';
import { isUniqueViolation } from '@zyklus/database';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, Repository } from 'typeorm';
import { CohortAccess } from '../access/cohort-access';
import { CreateNetworkInput } from './inputs/create-network.input';
import { NetworksArgs } from './inputs/networks.args';
import { UpdateNetworkInput } from './inputs/update-network.input';
import { NetworkEntity } from './network.entity';
import { networkNameTaken, networkNotFound } from './network.errors';

/**
 * Networks: program managers list, add and change them; a coordinator sees the networks they
 * coordinate today (fellow participants' networks reach them only through a shared cohort).
 */
@Injectable()
export class NetworkService {
  constructor(
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
  ) {}

  /** A page of networks by name, filtered by kind, state and a search text. */
  async list(actor: Actor, args: NetworksArgs): Promise<ConnectionShape<NetworkEntity>> {
    const query = this.networks.createQueryBuilder('network');
    if (!actor.isProgramManager) {
      const own = [...(await this.access.facts(actor)).networkIds];
      query.andWhere(own.length ? 'network.id IN (:...own)' : 'false', { own });
    }
    if (args.kind) query.andWhere('network.kind = :kind', args);
    if (args.bundesland) query.andWhere('network.bundesland = :bundesland', args);
    if (args.search) {
      const pattern = `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(network.name ILIKE :pattern OR network.city ILIKE :pattern)', { pattern });
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'uuid']);
      query.andWhere('(lower(network.name), network.id) > (lower(:name), CAST(:id AS uuid))', {
        name,
        id,
      });
    }
    const rows = await query
      .orderBy('lower(network.name)', 'ASC')
      .addOrderBy('network.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, (n) => [n.name, n.id], totalCount);
  }

  async get(actor: Actor, id: string): Promise<NetworkEntity> {
    await this.access.requireNetwork(actor, id);
    const network = await this.networks.findOneBy({ id });
    if (!network) throw networkNotFound();
    return network;
  }

  async create(actor: Actor, input: CreateNetworkInput): Promise<NetworkEntity> {
    requireProgramManager(actor);
    return this.saving(input.name, () =>
      this.networks.save(this.networks.create({ ...input, website: input.website ?? null })),
    );
  }

  async update(actor: Actor, input: UpdateNetworkInput): Promise<NetworkEntity> {
    requireProgramManager(actor);
    const { id, ...changes } = input;
    return this.dataSource.transaction(async (manager) => {
      const network = await manager.findOne(NetworkEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!network) throw networkNotFound();
      const next = Object.assign(network, definedOnly(changes));
      return this.saving(next.name, () => manager.save(next));
    });
  }

  private async saving<T>(name: string, save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error, 'uq_network_name')) throw networkNameTaken(name);
      throw error;
    }
  }
}
