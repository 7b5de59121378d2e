import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PersonEntity } from '../person/person.entity';

/**
 * A one-time sign-in link. Only the SHA-256 of the token is stored. A successful sign-in spends
 * every valid link of the person; rows are deleted a day after they expire.
 */
@Entity('sign_in_token')
@Unique('uq_sign_in_token_hash', ['tokenHash'])
@Index('ix_sign_in_token_person', ['personId'])
@Index('ix_sign_in_token_expires_at', ['expiresAt'])
export class SignInTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sign_in_token' })
  id!: string;

  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_sign_in_token_person' })
  person?: PersonEntity;

  /** Hex SHA-256 of the token in the link. */
  @Column('char', { length: 64 })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
