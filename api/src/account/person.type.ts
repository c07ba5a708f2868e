import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Another account as a fellow member or an alliance admin sees it: name and e-mail address, so that
 * people who work together can reach each other. Never shown to the public or to other organisations.
 */
@ObjectType({ description: 'An account as fellow members of an organisation (and alliance admins) see it. Not public.' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Shown to fellow members of an organisation and to alliance admins only.' })
  email: string;
}
