-- The back office's account list (/admin/accounts) pages, sorts and counts in the database, fast with 10,000
-- accounts and more: an index for each sort (registration date, name, status; the e-mail address already has
-- its unique index), the foreign keys its filters join on (municipality, its country: PostgreSQL does not index
-- foreign keys by itself), and the active administrators that the "never the last administrator" rule locks.
create index account_list_created_idx on account (created_at, id);
create index account_list_name_idx on account (full_name, id);
create index account_list_status_idx on account (status, created_at);
create index account_list_municipality_idx on account (municipality_id);
create index account_list_role_status_idx on account (role, status);
create index municipality_list_country_idx on municipality (country_id);
