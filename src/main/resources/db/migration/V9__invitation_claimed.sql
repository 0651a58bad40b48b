-- An invitation link is claimed by the first registration made through it; nobody else can take it over.
alter table workspace_invitation add column claimed_at timestamp;
