-- Issue 13 (abuse): a lock of the same sign-in key in a row lasts twice as long (login_failure.lock_count);
-- mails that a visitor can cause (registration, reset, confirmation, invitation, membership request) are
-- counted per target address and per client address in fixed one-hour windows (mail_limit).
alter table login_failure add column lock_count integer default 0 not null;

create table mail_limit (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    limit_key      varchar(150) not null,
    sent           integer      not null,
    window_start   timestamp    not null,
    constraint mail_limit_key_unique unique (limit_key)
);
