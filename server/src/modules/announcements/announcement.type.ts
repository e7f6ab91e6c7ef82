import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ANNOUNCEMENT_AUDIENCES, ANNOUNCEMENT_STATES, RECEIPT_FILTERS, type AnnouncementAudience, type AnnouncementState } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { enumOf } from '../../graphql/enums';
import { ANNOUNCEMENT_ACTIONS } from './announcement.policy';

export const AnnouncementAudienceEnum = enumOf(ANNOUNCEMENT_AUDIENCES);
export const AnnouncementStateEnum = enumOf(ANNOUNCEMENT_STATES);
export const AnnouncementActionEnum = enumOf(ANNOUNCEMENT_ACTIONS);
export const ReceiptFilterEnum = enumOf(RECEIPT_FILTERS);
registerEnumType(AnnouncementAudienceEnum, { name: 'AnnouncementAudience', description: 'ALL: every member; PROVINCES: the members of the chosen provinces' });
registerEnumType(AnnouncementStateEnum, { name: 'AnnouncementState' });
registerEnumType(AnnouncementActionEnum, { name: 'AnnouncementAction', description: 'What the viewer may do with an announcement now' });
registerEnumType(ReceiptFilterEnum, { name: 'ReceiptFilter', description: 'READ: members any of whose staff opened it; UNREAD: the others' });

@ObjectType('Announcement', { description: 'A notice (公告) from the secretariat' })
export class AnnouncementType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'Plain text' })
  body: string;

  @Field(() => Boolean)
  important: boolean;

  @Field(() => AnnouncementAudienceEnum)
  audience: AnnouncementAudience;

  @Field(() => AnnouncementStateEnum)
  state: AnnouncementState;

  @Field(() => Date)
  postedAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('AnnouncementConnection')
export class AnnouncementConnection extends Connection(AnnouncementType) {
  @Field(() => Int, { description: 'Published announcements addressed to my member that I have not opened (0 for the secretariat)' })
  unreadCount: number;
}

@ObjectType('AnnouncementReader', { simpleResolvers: true })
export class AnnouncementReaderType {
  @Field(() => Date)
  readAt: Date;
}

@ObjectType('AnnouncementReceipt', { description: "An addressed member and whether any of its staff opened the announcement" })
export class AnnouncementReceiptType {
  @Field(() => Date, { nullable: true, description: 'When the first of its staff opened it; null while unread' })
  firstReadAt: Date | null;

  @Field(() => Int, { description: 'How many of its staff opened it' })
  readerCount: number;
}

@ObjectType('AnnouncementReceiptConnection')
export class AnnouncementReceiptConnection extends Connection(AnnouncementReceiptType) {}
