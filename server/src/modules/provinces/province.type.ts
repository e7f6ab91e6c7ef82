import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Province', { simpleResolvers: true, description: 'One of the 11 provinces and municipalities of the Yangtze River Economic Belt' })
export class ProvinceType {
  @Field(() => String, { description: 'GB/T 2260 code, e.g. "420000"' })
  code: string;

  @Field(() => String)
  nameZh: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => Int, { description: 'Position along the river: 1 is furthest upstream (Yunnan)' })
  riverOrder: number;
}
