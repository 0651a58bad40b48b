-- ICLEI membership is held by local governments: the trial and the membership move from each account to the
-- municipality's workspace, and every member has the workspace's access.
alter table workspace add column trial_ends_at timestamp;
alter table workspace add column member_since timestamp;
alter table workspace add column member_until timestamp;
alter table workspace add column membership_requested_at timestamp;

-- A workspace keeps the longest trial of its members, and is a member from its first member's membership on.
update workspace set
    trial_ends_at = (select max(a.trial_ends_at) from workspace_member m join account a on a.id = m.account_id
                     where m.workspace_id = workspace.id and m.member_role <> 'PENDING'),
    member_since = (select min(a.member_since) from workspace_member m join account a on a.id = m.account_id
                    where m.workspace_id = workspace.id and m.member_role <> 'PENDING');
update workspace set
    membership_requested_at = (select max(a.membership_requested_at) from workspace_member m join account a on a.id = m.account_id
                               where m.workspace_id = workspace.id and m.member_role <> 'PENDING')
    where member_since is null;
-- A workspace none of whose members had a trial date gets the trial it would have had.
update workspace set trial_ends_at = created_at + interval '7' day where trial_ends_at is null;
alter table workspace alter column trial_ends_at set not null;

alter table account drop column trial_ends_at;
alter table account drop column member_since;
alter table account drop column membership_requested_at;
