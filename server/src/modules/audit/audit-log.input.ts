import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '@yah/shared';
import { IsCalendarDate, IsId } from '../../common/input/decorators';
import { AuditEntityTypeEnum } from './audit-log.type';

@InputType({ description: 'Every field narrows the log; from/to are alliance calendar days (Asia/Shanghai), both included' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "The actor's member" })
  @IsOptional()
  @IsId()
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who made the change' })
  @IsOptional()
  @IsId()
  actorId?: string | null;

  @Field(() => [AuditEntityTypeEnum], { nullable: true, description: 'What was changed (the kind of entry)' })
  @IsOptional()
  @ArrayMaxSize(AUDIT_ENTITY_TYPES.length)
  @IsIn(AUDIT_ENTITY_TYPES, { each: true })
  entityTypes?: AuditEntityType[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: from the first instant of this alliance day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: up to the end of this alliance day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;
}
