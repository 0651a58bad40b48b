-- Data rights (POPIA, GDPR): when an account accepted the terms of use and privacy notice. Accounts made before
-- this was recorded keep null ("before the terms were recorded").
alter table account add column consented_at timestamp;
