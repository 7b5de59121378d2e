import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Bundesland } from './bundesland';
import { NetworkKind } from './network-kind';

@Entity('network')
// Unique regardless of case: lower(name) is indexed in the migration, TypeORM cannot express it.
@Index('uq_network_name', { synchronize: false })
@Check('ck_network_name', `char_length(btrim("name")) BETWEEN 1 AND 200`)
@Check('ck_network_kind', `"kind" IN ('MINT_REGION', 'MINT_CLUSTER', 'ZDI_ZENTRUM', 'OTHER')`)
@Check(
  'ck_network_bundesland',
  `"bundesland" IN (${Object.values(Bundesland)
    .map((state) => `'${state}'`)
    .join(', ')})`,
)
@Check('ck_network_city', `char_length(btrim("city")) BETWEEN 1 AND 100`)
@Check('ck_network_website', `"website" IS NULL OR "website" ~ '^https?://'`)
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_network' })
  id!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { length: 16 })
  kind!: NetworkKind;

  @Column('varchar', { length: 32 })
  bundesland!: Bundesland;

  @Column('varchar', { length: 100 })
  city!: string;

  @Column('varchar', { length: 500, nullable: true })
  website!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
