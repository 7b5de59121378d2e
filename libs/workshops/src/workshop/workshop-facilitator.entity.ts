import { PersonEntity } from '@zyklus/identity';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WorkshopEntity } from './workshop.entity';

/**
 * Who leads (part of) a workshop: a person of Zyklus, or an external guest by name and
 * organisation (e.g. an impact expert giving a half-day input).
 */
@Entity('workshop_facilitator')
@Index('ix_workshop_facilitator_workshop', ['workshopId', 'position'])
// The workshops a person facilitates (their feed, their access to those workshops).
@Index('ix_workshop_facilitator_person', ['personId'], { where: '"person_id" IS NOT NULL' })
@Check('ck_workshop_facilitator_who', `"person_id" IS NOT NULL OR "name" IS NOT NULL`)
export class WorkshopFacilitatorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workshop_facilitator' })
  id!: string;

  @Column('uuid')
  workshopId!: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'fk_workshop_facilitator_workshop' })
  workshop?: WorkshopEntity;

  @Column('integer')
  position!: number;

  @Column('uuid', { nullable: true })
  personId!: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_workshop_facilitator_person' })
  person?: PersonEntity;

  /** An external guest's name. */
  @Column('varchar', { length: 200, nullable: true })
  name!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  organisation!: string | null;

  /** What they contribute, e.g. "Impuls Wirkungsmessung (halber Tag)". */
  @Column('varchar', { length: 300, nullable: true })
  contribution!: string | null;
}
