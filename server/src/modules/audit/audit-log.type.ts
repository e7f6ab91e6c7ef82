import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AUDIT_ENTITY_TYPES } from '@yah/shared';
import { PageInfo } from '../../common/pagination';
import { enumOf } from '../../graphql/enums';

export const AuditEntityTypeEnum = enumOf(AUDIT_ENTITY_TYPES);
registerEnumType(AuditEntityTypeEnum, { name: 'AuditEntityType', description: 'What an audit entry records a change to' });

@ObjectType('AuditEntry', { description: 'One change: who (actor, actorMember), what (action on entityType/entityId), when, before and after' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'e.g. "topic.update", "event.register"' })
  action: string;

  @Field(() => String, { description: 'One of AuditEntityType (a string, so entries of older kinds still read)' })
  entityType: string;

  @Field(() => String)
  entityId: string;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

@ObjectType('AuditLogConnection', {
  description: 'A page of the log, newest first. No totalCount: the log only grows, and counting it would scan it; follow hasNextPage.',
})
export class AuditLogConnection {
  @Field(() => [AuditEntryType])
  nodes: AuditEntryType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
