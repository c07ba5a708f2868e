import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../account/person.type.js';
import type { Context } from '../core/context.js';
import type { MembershipRole } from '../core/viewer.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Membership, MembershipRoleEnum } from './membership.entity.js';
import { MembershipService } from './membership.service.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.byId.load(membership.organisationId)) as Organisation;
  }

  @FieldResolver(() => Person, {
    description: 'The member: name and e-mail address (memberships are shown to fellow members and admins only).',
  })
  async person(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Person> {
    const account = await ctx.loaders.account.byId.load(membership.accountId);
    return { id: membership.accountId, name: account?.name ?? '', email: account?.email ?? '' };
  }

  @Authorized()
  @Mutation(() => Membership, {
    description:
      "Adds an existing account, by e-mail address, to an organisation with a role. The organisation's OWNERs (and alliance admins) may. " +
      'An address without an account: BAD_USER_INPUT (email); already a member: CONFLICT.',
  })
  addMember(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('email', () => String) email: string,
    @Arg('role', () => MembershipRoleEnum) role: MembershipRole,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    return new MembershipService(ctx).addMember(organisationId, email, role);
  }

  @Authorized()
  @Mutation(() => Membership, {
    description: "Changes a member's role. The organisation's OWNERs (and alliance admins) may. Demoting the last OWNER: CONFLICT.",
  })
  changeMemberRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => MembershipRoleEnum) role: MembershipRole,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    return new MembershipService(ctx).changeMemberRole(membershipId, role);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Removes a member from an organisation. The organisation's OWNERs (and alliance admins) may. Removing the last OWNER: CONFLICT.",
  })
  removeMember(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: Context): Promise<boolean> {
    return new MembershipService(ctx).removeMember(membershipId);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'The viewer leaves an organisation they are a member of. The last OWNER cannot leave (CONFLICT): make someone else OWNER first.',
  })
  leaveOrganisation(@Arg('organisationId', () => ID) organisationId: string, @Ctx() ctx: Context): Promise<boolean> {
    return new MembershipService(ctx).leaveOrganisation(organisationId);
  }
}

/** An organisation's members, on the registry's `Organisation` type. */
@Resolver(() => Organisation)
export class OrganisationMembersResolver {
  @FieldResolver(() => [Membership], {
    nullable: true,
    description:
      "The organisation's members (OWNERs first) with name and e-mail address. Only for its members and alliance admins; null for anyone else.",
  })
  members(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Membership[] | null> {
    return new MembershipService(ctx).members(organisation.id);
  }
}
