import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AssignmentFormat, AssignmentStatus } from '@yah/shared';
import { Connection } from '../../common/pagination';
import { AssignmentFormatEnum, AssignmentStatusEnum } from '../../graphql/enums';

@ObjectType('AssignmentPlace', { description: 'A place that is not a member city, where the work happens' })
export class AssignmentPlaceType {
  @Field(() => String)
  name: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;
}

@ObjectType('Assignment', { description: 'A piece of work within a topic (采访任务)' })
export class AssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  brief: string;

  @Field(() => AssignmentFormatEnum)
  format: AssignmentFormat;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int)
  slots: number;

  @Field(() => AssignmentStatusEnum)
  status: AssignmentStatus;

  @Field(() => Int)
  version: number;
}

@ObjectType('AssignmentConnection')
export class AssignmentConnection extends Connection(AssignmentType) {}
