/**
 * Tool use cases, one set per service: the signed-in member and what they may do ({@link org.iclei.africa.resilient.tool.application.MemberAccess}),
 * onboarding of confirmed accounts, members and invitations, steps, worksheets, risks, prioritisation, the action plan, the report,
 * the workspace's access as members see it and their membership request ({@code WorkspaceAccessService}),
 * an administrator reading any workspace ({@code WorkspaceAdminService}), the history of changes ({@code ChangeLog}), the demo workspace and the reminders by e-mail ({@code Reminders}, {@code ReminderMails}). Services are the
 * transaction boundary; they reach the database only through the repositories of {@code tool.domain}, never {@code tool.infrastructure}.
 */
package org.iclei.africa.resilient.tool.application;
