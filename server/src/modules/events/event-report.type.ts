import { Field, Int, ObjectType } from 'type-graphql';

/** The trip report's sums: people sent and present, and the coverage they produced on the linked topics. */
@ObjectType('EventReportTotals')
export class EventReportTotals {
  @Field(() => Int, { description: 'PLACED participants' })
  participants: number;

  @Field(() => Int, { description: 'PLACED participants checked in at least once' })
  attended: number;

  @Field(() => Int, { description: "participants' claims on the linked topics' assignments (not released or cancelled)" })
  claims: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int, { description: "where the accepted pieces ran (the claims' publications)" })
  publications: number;

  @Field(() => Int, { description: 'views + shares + likes of those publications (capped at 2^31 - 1)' })
  reach: number;
}

@ObjectType('EventReportMemberRow', { description: 'One member in the trip report' })
export class EventReportMemberRow {
  memberId: string;

  @Field(() => Int)
  participants: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  claims: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  publications: number;

  @Field(() => Int)
  reach: number;
}

@ObjectType('EventReportDayRow', { description: 'One alliance day: check-ins, claims made, claims accepted and publications that ran that day' })
export class EventReportDayRow {
  @Field(() => String, { description: 'YYYY-MM-DD, alliance time' })
  date: string;

  @Field(() => Int)
  checkIns: number;

  @Field(() => Int)
  claims: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  publications: number;

  @Field(() => Int)
  reach: number;
}

@ObjectType('EventReportPiece', { description: "An accepted claim of a participant on a linked topic, with where it ran" })
export class EventReportPiece {
  claimId: string;
  reporterId: string;
  memberId: string;
  publicationIds: string[];

  @Field(() => String)
  assignmentTitle: string;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Int, { description: 'views + shares + likes of its publications (capped at 2^31 - 1)' })
  reach: number;
}

@ObjectType('EventReport', { description: "The trip's report over its linked topics: what its participants covered, by member and by day" })
export class EventReport {
  eventId: string;

  @Field(() => EventReportTotals)
  totals: EventReportTotals;

  @Field(() => [EventReportMemberRow])
  byMember: EventReportMemberRow[];

  @Field(() => [EventReportDayRow])
  byDay: EventReportDayRow[];

  @Field(() => [EventReportPiece], { description: 'newest accepted first, at most 200' })
  pieces: EventReportPiece[];
}
