import { canEditFor, isAdmin, isMemberOf } from '../core/policy.js';
import type { Viewer } from '../core/viewer.js';
import type { Application, Call, CallStatus } from './call.entity.js';

/**
 * Who may see and do what with calls. A call belongs to its funders: their EDITORs and OWNERs manage
 * it (admins moderate), their members see its applications. Reviewers are accounts the funders name;
 * they see and score every application except their own organisation's. Applicants' members see
 * their own applications. Everyone reads an opened call and its rubric.
 */

/** What a call is now: an OPEN call is CLOSED from its deadline on, whatever the row says. */
export function statusAt(call: Pick<Call, 'status' | 'deadline'>, now: Date): CallStatus {
  return call.status === 'OPEN' && call.deadline.getTime() <= now.getTime() ? 'CLOSED' : call.status;
}

export const isFunderMember = (viewer: Viewer | null, fundIds: readonly string[]): boolean => fundIds.some((id) => isMemberOf(viewer, id));

export const mayViewCall = (viewer: Viewer | null, call: Pick<Call, 'status'>, fundIds: readonly string[]): boolean =>
  call.status !== 'DRAFT' || isFunderMember(viewer, fundIds) || isAdmin(viewer);

/** Open, close, add reviewers, award and reject: any funder's EDITORs and OWNERs; admins. */
export const mayManageCall = (viewer: Viewer | null, fundIds: readonly string[]): boolean =>
  fundIds.some((id) => canEditFor(viewer, id)) || isAdmin(viewer);

/** Creating commits every funder's money: the caller edits every one of them (or is an admin). */
export const mayCreateCallFor = (viewer: Viewer | null, fundIds: readonly string[]): boolean =>
  fundIds.every((id) => canEditFor(viewer, id)) || isAdmin(viewer);

/** Every application of a call: its funders' members, its reviewers, admins. */
export const maySeeAllApplications = (viewer: Viewer | null, fundIds: readonly string[], isReviewer: boolean): boolean =>
  isFunderMember(viewer, fundIds) || isReviewer || isAdmin(viewer);

export const mayViewApplication = (
  viewer: Viewer | null,
  application: Pick<Application, 'organisationId'>,
  fundIds: readonly string[],
  isReviewer: boolean,
): boolean => isMemberOf(viewer, application.organisationId) || maySeeAllApplications(viewer, fundIds, isReviewer);

/** Apply, change and withdraw: the applicant's EDITORs and OWNERs. */
export const mayApplyFor = (viewer: Viewer | null, organisationId: string): boolean => canEditFor(viewer, organisationId);

/** Scores, spread and every review: the funders' members and admins (reviewers see their own review). */
export const maySeeScores = (viewer: Viewer | null, fundIds: readonly string[]): boolean =>
  isFunderMember(viewer, fundIds) || isAdmin(viewer);

/** A reviewer never scores an application of an organisation they belong to. */
export const mayScore = (viewer: Viewer | null, application: Pick<Application, 'organisationId'>, isReviewer: boolean): boolean =>
  isReviewer && !isMemberOf(viewer, application.organisationId);
