-- The revision of what public pages show (issue 14). Rendered public pages are kept in memory per language
-- (web.support.PublicPageCache); every back-office change counts this up in its own transaction, and each node of a
-- cluster reads it at most once a second, dropping its kept pages when it moved.
create table content_revision (
    id       integer primary key,
    revision bigint  not null
);
insert into content_revision (id, revision) values (1, 0);
