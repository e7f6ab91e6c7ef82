import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A server-wide secret kept in the database so every server copy signs and checks the same way (e.g. event passes). */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  purpose: string;

  @Column({ type: 'varchar', length: 128 })
  secret: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
