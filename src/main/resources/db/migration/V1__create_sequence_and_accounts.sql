-- One sequence feeds the ids of every table. EclipseLink allocates 50 ids per call and reads the
-- value as the top of its block, so the sequence starts at 50 (ids 1..50 first).
create sequence portal_seq start with 50 increment by 50;

create table account (
    id             bigint        not null primary key,
    version        bigint        not null,
    created_at     timestamp     not null,
    updated_at     timestamp     not null,
    email          varchar(254)  not null,
    full_name      varchar(120)  not null,
    password_hash  varchar(512)  not null,
    role           varchar(16)   not null,
    status         varchar(16)   not null,
    language       varchar(8)    not null,
    constraint account_email_unique unique (email)
);

create index account_role_idx on account (role);
