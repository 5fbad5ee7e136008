import fs from 'node:fs';
import path from 'node:path';
import type { TAction } from '@/lib/auth/permissions';
import type { TActionResult } from '@/lib/app/action-result';
import type { TPrisma } from '@/lib/db/client';
import type { TActor } from '@/lib/server/actor';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { decideCheckpoint } from '@/lib/server/assessments/decide-checkpoint';
import { upgradeTemplate } from '@/lib/server/assessments/upgrade-template';
import { archiveAssessment, restoreAssessment } from '@/lib/server/assessments/archive-assessment';
import { deleteAssessment } from '@/lib/server/assessments/delete-assessment';
import { issueRfp } from '@/lib/server/documents/issue-rfp';
import { saveRfpDetails } from '@/lib/server/documents/save-rfp-details';
import { changeRole, leaveOrganization, removeMember } from '@/lib/server/members';
import { acceptInvitation, inviteMember, revokeInvitation } from '@/lib/server/invitations';
import { changePassword, signOutEverywhere } from '@/lib/server/account';
import { createApiToken, revokeApiToken } from '@/lib/server/api-tokens';
import { saveBudgetSettings } from '@/lib/server/outputs/save-budget-settings';
import { removeRateOverride, saveRateOverride } from '@/lib/server/outputs/save-rate-override';
import { saveTeam } from '@/lib/server/outputs/save-team';
import { resetSizingConfig, saveSizingConfig } from '@/lib/server/outputs/save-sizing-config';
import { DEFAULT_COMMCARE_CONFIG_TEXT } from '@/lib/content/sizing-reference';
import * as assessmentActions from '@/app/(app)/assessments/actions';
import * as outputsActions from '@/app/(app)/assessments/[assessmentId]/outputs-actions';
import * as rfpActions from '@/app/(app)/assessments/[assessmentId]/rfp/actions';
import * as memberActions from '@/app/(app)/members/actions';
import * as accountActions from '@/app/(app)/account/actions';
import * as invitationActions from '@/app/(auth)/invitations/[token]/actions';
import * as templateActions from '@/app/(app)/templates/actions';
import * as milestoneActions from '@/app/(app)/assessments/[assessmentId]/milestones/actions';
import { saveMilestone } from '@/lib/server/milestones/save-milestone';
import { saveOrganizationTemplate } from '@/lib/server/templates/save-template';
import { postComment } from '@/lib/server/discussion/post-comment';
import { setThreadResolved } from '@/lib/server/discussion/resolve-thread';
import { markNotificationsRead, saveMailPreference } from '@/lib/server/notifications/inbox';
import * as discussionActions from '@/app/(app)/assessments/discussion-actions';
import * as notificationActions from '@/app/(app)/notifications/actions';
import { TEST_PASSWORD } from './helpers';
import type { TWorld } from './security-fixture';

/**
 * Every server action, with the permission its file gives authedAction, the lib/server function it
 * calls, and a valid input against the seeded world. Importing this module imports the actions:
 * a test that uses it must stand in for the session, next/cache and the app's db() (see
 * authorization-matrix.test.ts).
 */
export type TOutcome = 'ok' | 401 | 403 | 404 | 409 | 422;
export type TRow = {
  file: string;
  exportName: string;
  variant?: string;
  /** The permission string given to authedAction in the file. */
  permission: TAction;
  schema: string;
  /** The lib/server function the action calls. */
  server: string;
  /** The permission that decides, when the body checks a narrower one than the wrapper. */
  effective?: TAction;
  /** What an allowed caller gets with this valid input: done, or a domain refusal that is not about who they are. */
  allowed: TOutcome;
  /** 'assessment' / 'membership': another organisation's caller gets "not found"; 'organization': they act on their own. */
  scope: 'assessment' | 'membership' | 'organization';
  input: (w: TWorld) => unknown;
  action: (raw: unknown) => Promise<TActionResult<unknown>>;
  direct: (prisma: TPrisma, actor: TActor, raw: unknown) => Promise<unknown>;
};

export const ASSESSMENTS = 'app/(app)/assessments/actions.ts';
export const OUTPUTS = 'app/(app)/assessments/[assessmentId]/outputs-actions.ts';
export const RFP = 'app/(app)/assessments/[assessmentId]/rfp/actions.ts';
export const MEMBERS = 'app/(app)/members/actions.ts';
export const ACCOUNT = 'app/(app)/account/actions.ts';
export const INVITATIONS = 'app/(auth)/invitations/[token]/actions.ts';
export const TEMPLATES = 'app/(app)/templates/actions.ts';
export const MILESTONES = 'app/(app)/assessments/[assessmentId]/milestones/actions.ts';
export const DISCUSSION = 'app/(app)/assessments/discussion-actions.ts';
export const NOTIFICATIONS = 'app/(app)/notifications/actions.ts';
const OPENMRS_TEMPLATE = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/openmrs-template.json'), 'utf8');
const unique = () => `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;

/** One row per server action (and per command of the checkpoint action). */
export const ACTION_MATRIX: TRow[] = [
  {
    file: ASSESSMENTS, exportName: 'createAssessmentAction', permission: 'assessment.create', schema: 'ZCreateAssessment', server: 'createAssessment',
    allowed: 'ok', scope: 'organization', input: () => ({ name: 'Nouvelle', country: 'Kenya', platforms: ['commcare'] }),
    action: assessmentActions.createAssessmentAction, direct: createAssessment,
  },
  ...(
    [
      ['submit', 'checkpoint.submit', (w: TWorld) => ({ type: 'submit', assessmentId: w.assessmentId, checkpointId: 'commcare.p1.s2.cp-sized', expectedVersion: 0 }), 'ok'],
      ['submit_not_applicable', 'checkpoint.submit', (w: TWorld) => ({ type: 'submit_not_applicable', assessmentId: w.assessmentId, checkpointId: 'commcare.p1.s2.cp-sized', expectedVersion: 0, justification: 'Hosted elsewhere' }), 409],
      ['approve', 'checkpoint.review', (w: TWorld) => ({ type: 'approve', assessmentId: w.assessmentId, checkpointId: 'commcare.p1.s1.cp-summary', expectedVersion: 1 }), 'ok'],
      ['request_changes', 'checkpoint.review', (w: TWorld) => ({ type: 'request_changes', assessmentId: w.assessmentId, checkpointId: 'commcare.p1.s1.cp-summary', expectedVersion: 1, comment: 'Add the user count source.' }), 'ok'],
    ] as const
  ).map(([variant, effective, input, allowed]): TRow => ({
    file: ASSESSMENTS, exportName: 'checkpointAction', variant, permission: 'assessment.read', schema: 'ZAnyCheckpointCommand', server: 'decideCheckpoint', effective,
    allowed, scope: 'assessment', input, action: assessmentActions.checkpointAction, direct: decideCheckpoint,
  })),
  {
    // No newer template version is installed, so an allowed caller is told so (409).
    file: ASSESSMENTS, exportName: 'upgradeTemplateAction', permission: 'assessment.upgrade', schema: 'ZUpgradeTemplate', server: 'upgradeTemplate',
    allowed: 409, scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, platform: 'commcare' }),
    action: assessmentActions.upgradeTemplateAction, direct: upgradeTemplate,
  },
  {
    file: ASSESSMENTS, exportName: 'archiveAssessmentAction', permission: 'assessment.archive', schema: 'ZAssessmentRef', server: 'archiveAssessment',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId }),
    action: assessmentActions.archiveAssessmentAction, direct: archiveAssessment,
  },
  {
    // The seeded assessment is not archived, so an allowed caller is told so (409); restoring is tested in archive.test.ts.
    file: ASSESSMENTS, exportName: 'restoreAssessmentAction', permission: 'assessment.archive', schema: 'ZAssessmentRef', server: 'restoreAssessment',
    allowed: 409, scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId }),
    action: assessmentActions.restoreAssessmentAction, direct: restoreAssessment,
  },
  {
    file: ASSESSMENTS, exportName: 'deleteAssessmentAction', permission: 'assessment.delete', schema: 'ZDeleteAssessment', server: 'deleteAssessment',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, confirmName: 'Matrice' }),
    action: assessmentActions.deleteAssessmentAction, direct: deleteAssessment,
  },
  {
    file: OUTPUTS, exportName: 'saveTeamAction', permission: 'outputs.edit', schema: 'ZSaveTeam', server: 'saveTeam',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, team: [{ name: 'Aïcha', engagement: 'in-house', fte: 1 }] }),
    action: outputsActions.saveTeamAction, direct: saveTeam,
  },
  {
    file: OUTPUTS, exportName: 'saveBudgetSettingsAction', permission: 'outputs.edit', schema: 'ZSaveBudgetSettings', server: 'saveBudgetSettings',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, years: 5, currency: { code: 'KES', exchangeRate: 130, minorDigits: 2 }, expectedVersion: 0 }),
    action: outputsActions.saveBudgetSettingsAction, direct: saveBudgetSettings,
  },
  {
    file: OUTPUTS, exportName: 'saveRateOverrideAction', permission: 'outputs.edit', schema: 'ZSaveRateOverride', server: 'saveRateOverride',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, option: 'commercial-cloud', rateKey: 'serverCapex', value: 120_000 }),
    action: outputsActions.saveRateOverrideAction, direct: saveRateOverride,
  },
  {
    file: OUTPUTS, exportName: 'removeRateOverrideAction', permission: 'outputs.edit', schema: 'ZRemoveRateOverride', server: 'removeRateOverride',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, option: 'on-premise', rateKey: 'serverCapex' }),
    action: outputsActions.removeRateOverrideAction, direct: removeRateOverride,
  },
  {
    file: OUTPUTS, exportName: 'saveSizingConfigAction', permission: 'outputs.edit', schema: 'ZSaveSizingConfig', server: 'saveSizingConfig',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, yaml: DEFAULT_COMMCARE_CONFIG_TEXT.replace('factor: 3  # 3 cases per form', 'factor: 4'), expectedVersion: 0 }),
    action: outputsActions.saveSizingConfigAction, direct: saveSizingConfig,
  },
  {
    file: OUTPUTS, exportName: 'resetSizingConfigAction', permission: 'outputs.edit', schema: 'ZResetSizingConfig', server: 'resetSizingConfig',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, expectedVersion: 0 }),
    action: outputsActions.resetSizingConfigAction, direct: resetSizingConfig,
  },
  {
    file: RFP, exportName: 'saveRfpDetailsAction', permission: 'rfp.edit', schema: 'ZSaveRfpDetails', server: 'saveRfpDetails',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, details: { clientName: 'Ministère de la Santé' }, expectedVersion: 0 }),
    action: rfpActions.saveRfpDetailsAction, direct: saveRfpDetails,
  },
  {
    // The RFP is still a draft, so an allowed caller is told what is missing (409).
    file: RFP, exportName: 'issueRfpAction', permission: 'rfp.issue', schema: 'ZIssueRfp', server: 'issueRfp',
    allowed: 409, scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId }),
    action: rfpActions.issueRfpAction, direct: issueRfp,
  },
  {
    file: MILESTONES, exportName: 'saveMilestoneAction', permission: 'milestone.save', schema: 'ZSaveMilestone', server: 'saveMilestone',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, name: 'Before the steering committee' }),
    action: milestoneActions.saveMilestoneAction, direct: saveMilestone,
  },
  {
    file: MEMBERS, exportName: 'inviteMemberAction', permission: 'member.invite', schema: 'ZInviteMember', server: 'inviteMember',
    allowed: 'ok', scope: 'organization', input: () => ({ email: `new.${unique()}@test.example`, role: 'reviewer' }),
    action: memberActions.inviteMemberAction, direct: inviteMember,
  },
  {
    file: MEMBERS, exportName: 'revokeInvitationAction', permission: 'invitation.revoke', schema: 'ZInvitationRef', server: 'revokeInvitation',
    allowed: 'ok', scope: 'membership', input: (w) => ({ invitationId: w.pendingInvitationId }),
    action: memberActions.revokeInvitationAction, direct: revokeInvitation,
  },
  {
    file: MEMBERS, exportName: 'removeMemberAction', permission: 'member.remove', schema: 'ZMembershipRef', server: 'removeMember',
    allowed: 'ok', scope: 'membership', input: (w) => ({ membershipId: w.spareMembershipId }),
    action: memberActions.removeMemberAction, direct: removeMember,
  },
  {
    file: MEMBERS, exportName: 'changeRoleAction', permission: 'member.change-role', schema: 'ZChangeRole', server: 'changeRole',
    allowed: 'ok', scope: 'membership', input: (w) => ({ membershipId: w.spareMembershipId, role: 'reviewer' }),
    action: memberActions.changeRoleAction, direct: changeRole,
  },
  {
    file: ACCOUNT, exportName: 'changePasswordAction', permission: 'account.manage', schema: 'ZChangePassword', server: 'changePassword',
    allowed: 'ok', scope: 'organization', input: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' }),
    action: accountActions.changePasswordAction, direct: changePassword,
  },
  {
    file: ACCOUNT, exportName: 'signOutEverywhereAction', permission: 'account.manage', schema: 'ZSignOutEverywhere', server: 'signOutEverywhere',
    allowed: 'ok', scope: 'organization', input: () => ({ confirm: 'every-session' }),
    action: accountActions.signOutEverywhereAction, direct: signOutEverywhere,
  },
  {
    // Home has two administrators, so any of its members may leave; another organisation's caller is not a member of Home.
    file: ACCOUNT, exportName: 'leaveOrganizationAction', permission: 'account.manage', schema: 'ZLeaveOrganization', server: 'leaveOrganization',
    allowed: 'ok', scope: 'membership', input: (w) => ({ organizationId: w.home.organization.id }),
    action: accountActions.leaveOrganizationAction, direct: leaveOrganization,
  },
  {
    file: ACCOUNT, exportName: 'createApiTokenAction', permission: 'account.manage', schema: 'ZCreateApiToken', server: 'createApiToken',
    allowed: 'ok', scope: 'organization', input: () => ({ name: 'Budget spreadsheet', expiresInDays: 30, scopes: ['outputs'] }),
    action: accountActions.createApiTokenAction, direct: createApiToken,
  },
  {
    // Another member's token: only an administrator of its organisation may revoke it.
    file: ACCOUNT, exportName: 'revokeApiTokenAction', permission: 'account.manage', schema: 'ZApiTokenRef', server: 'revokeApiToken', effective: 'token.manage-organization',
    allowed: 'ok', scope: 'membership', input: (w) => ({ tokenId: w.spareTokenId }),
    action: accountActions.revokeApiTokenAction, direct: revokeApiToken,
  },
  {
    // Saved in the caller's own organisation; the same text again is accepted as already saved.
    file: TEMPLATES, exportName: 'saveTemplateAction', permission: 'template.manage', schema: 'ZSaveTemplate', server: 'saveOrganizationTemplate',
    allowed: 'ok', scope: 'organization', input: () => ({ source: OPENMRS_TEMPLATE }),
    action: templateActions.saveTemplateAction, direct: saveOrganizationTemplate,
  },
  {
    file: DISCUSSION, exportName: 'postCommentAction', permission: 'discussion.write', schema: 'ZPostComment', server: 'postComment',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ assessmentId: w.assessmentId, subjectId: 'commcare.p1.s1.users', body: 'Which source gives 2,500 users? https://hmis.example/users' }),
    action: discussionActions.postCommentAction, direct: postComment,
  },
  {
    // The world's thread on the submitted checkpoint is open at version 1.
    file: DISCUSSION, exportName: 'resolveThreadAction', permission: 'discussion.write', schema: 'ZResolveThread', server: 'setThreadResolved',
    allowed: 'ok', scope: 'assessment', input: (w) => ({ threadId: w.threadId, action: 'resolve', expectedVersion: 1 }),
    action: discussionActions.resolveThreadAction, direct: setThreadResolved,
  },
  {
    // One's own inbox in the organisation signed in to: another organisation's caller marks their own.
    file: NOTIFICATIONS, exportName: 'markNotificationsReadAction', permission: 'notification.manage', schema: 'ZMarkNotificationsRead', server: 'markNotificationsRead',
    allowed: 'ok', scope: 'organization', input: () => ({ which: 'all' }),
    action: notificationActions.markNotificationsReadAction, direct: markNotificationsRead,
  },
  {
    file: NOTIFICATIONS, exportName: 'saveMailPreferenceAction', permission: 'account.manage', schema: 'ZMailPreference', server: 'saveMailPreference',
    allowed: 'ok', scope: 'organization', input: () => ({ preference: 'digest' }),
    action: notificationActions.saveMailPreferenceAction, direct: saveMailPreference,
  },
  {
    // A token no invitation has: whoever may accept is told the invitation is not valid (422).
    file: INVITATIONS, exportName: 'acceptInvitationAction', permission: 'account.manage', schema: 'ZInvitationTokenInput', server: 'acceptInvitation',
    allowed: 422, scope: 'organization', input: () => ({ token: 'no-invitation-has-this-token-0123456789' }),
    action: invitationActions.acceptInvitationAction, direct: acceptInvitation,
  },
];

/** Actions outside authedAction, each with the reason and the test that covers it. */
export const SESSION_ACTIONS = [
  { file: 'app/(auth)/sign-in/actions.ts', exportName: 'signInAction', why: 'anonymous by design; bad input in bad-input.test.ts, rate limits in auth.test.ts' },
  { file: INVITATIONS, exportName: 'acceptWithSignInAction', why: 'anonymous by design: the link token and the password prove who asks (invitations.test.ts)' },
  { file: INVITATIONS, exportName: 'acceptWithNewAccountAction', why: 'anonymous by design: the link token proves who asks (invitations.test.ts)' },
  { file: INVITATIONS, exportName: 'declineInvitationAction', why: 'anonymous by design: whoever holds the link may decline it (invitations.test.ts)' },
  { file: 'app/(app)/actions.ts', exportName: 'signOutAction', why: 'revokes only the caller’s own cookie' },
  { file: 'app/(app)/actions.ts', exportName: 'switchOrganizationAction', why: 'only to an organisation the user belongs to (tested below)' },
  { file: 'app/language-actions.ts', exportName: 'setLanguageAction', why: 'open to visitors (a cookie); when signed in it changes only the caller’s own language (e2e i18n.spec.ts)' },
];

