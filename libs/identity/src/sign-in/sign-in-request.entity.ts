import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One accepted request for a sign-in link, known address or not, kept for the rate limit's
 * window. Stores a keyed hash (HMAC) of the address, not the address, and the client's
 * rate-limit key (an IPv4 address or an IPv6 /64).
 */
@Entity('sign_in_request')
@Index('ix_sign_in_request_email', ['emailHash', 'requestedAt'])
@Index('ix_sign_in_request_ip', ['ip', 'requestedAt'])
export class SignInRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sign_in_request' })
  id!: string;

  /** Hex HMAC-SHA-256 of the address (see SignInService). */
  @Column('char', { length: 64 })
  emailHash!: string;

  @Column('varchar', { length: 64 })
  ip!: string;

  @Column('timestamptz')
  requestedAt!: Date;
}
