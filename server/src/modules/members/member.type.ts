import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AllianceRole, ChannelKind, MemberStatus, OutletKind } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { AllianceRoleEnum, ChannelKindEnum, MemberStatusEnum, OutletKindEnum } from '../../graphql/enums';

@ObjectType('Channel')
export class ChannelType {
  @Field(() => ChannelKindEnum)
  kind: ChannelKind;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType('StaffCounts', { description: "Active accounts of a member, by role" })
export class StaffCounts {
  @Field(() => Int)
  secretariat: number;

  @Field(() => Int)
  chiefEditors: number;

  @Field(() => Int)
  editors: number;

  @Field(() => Int)
  reporters: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('Member', { simpleResolvers: true, description: 'A member unit of the alliance (the secretariat is one too)' })
export class MemberType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Pinyin of the city, e.g. "jingzhou"' })
  slug: string;

  @Field(() => String)
  nameZh: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => String)
  cityZh: string;

  @Field(() => String)
  cityEn: string;

  @Field(() => OutletKindEnum)
  outletKind: OutletKind;

  @Field(() => AllianceRoleEnum)
  allianceRole: AllianceRole;

  @Field(() => MemberStatusEnum)
  status: MemberStatus;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  joinedOn: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => [ChannelType])
  channels: ChannelType[];

  @Field(() => Boolean)
  isDemo: boolean;
}

@ObjectType('MemberConnection')
export class MemberConnection extends Connection(MemberType) {}
