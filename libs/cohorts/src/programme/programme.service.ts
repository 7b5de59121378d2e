import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUniqueViolation } from '@zyklus/database';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { Repository } from 'typeorm';
import { CreateProgrammeInput, UpdateProgrammeInput } from './inputs/create-programme.input';
import { ProgrammeEntity } from './programme.entity';
import { programmeNameTaken, programmeNotFound } from './programme.errors';

/** Reads and creates programmes; only program managers create them. */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
  ) {}

  list(): Promise<ProgrammeEntity[]> {
    return this.programmes.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findOneBy({ id });
    if (!programme) throw programmeNotFound('id');
    return programme;
  }

  async create(actor: Actor, input: CreateProgrammeInput): Promise<ProgrammeEntity> {
    requireProgramManager(actor);
    try {
      return await this.programmes.save(this.programmes.create(input));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_programme_name')) throw programmeNameTaken(input.name);
      throw error;
    }
  }

  /** Changes a programme's settings (the Reply-To of its mails). */
  async update(actor: Actor, input: UpdateProgrammeInput): Promise<ProgrammeEntity> {
    requireProgramManager(actor);
    const programme = await this.get(input.id);
    if (input.replyTo !== undefined) programme.replyTo = input.replyTo || null;
    return this.programmes.save(programme);
  }
}
