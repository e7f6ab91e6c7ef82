import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ChannelKind } from '@yah/shared';
import { ChannelKindEnum } from '../../graphql/enums';
import { PUBLICATION_ACTIONS } from './publication.policy';

export const PublicationActionEnum = Object.fromEntries(PUBLICATION_ACTIONS.map((action) => [action, action])) as {
  [K in (typeof PUBLICATION_ACTIONS)[number]]: K;
};
registerEnumType(PublicationActionEnum, { name: 'PublicationAction', description: 'What the viewer may do with a publication record' });

@ObjectType('Publication', { description: 'An accepted piece as it ran at a member outlet (刊发记录)' })
export class PublicationType {
  @Field(() => ID)
  id: string;

  @Field(() => ChannelKindEnum)
  channel: ChannelKind;

  @Field(() => String)
  url: string;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => Int)
  views: number;

  @Field(() => Int)
  shares: number;

  @Field(() => Int)
  likes: number;
}
