-- The back office's inbox and outbox (/admin/messages, /admin/mail).
-- A contact message is unread until an administrator first opens it (read_at), and remembers who marked it
-- handled (handled_by: the administrator's e-mail; null while it is open).
alter table contact_message add column read_at timestamp;
alter table contact_message add column handled_by varchar(254);
-- Both tables are listed newest first in the back office.
create index contact_message_created_idx on contact_message (created_at);
create index outgoing_mail_created_idx on outgoing_mail (created_at);
