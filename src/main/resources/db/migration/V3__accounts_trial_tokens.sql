-- Accounts get what registration asks for, the trial and membership dates, and the moment their
-- credentials last changed (older sessions end). Municipalities are what members belong to.
-- One-use e-mail tokens are stored hashed. Failed sign-ins are counted per account and per address.

create table municipality (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    name        varchar(160) not null,
    country_id  bigint       not null references country (id),
    constraint municipality_name_country_unique unique (name, country_id)
);

alter table account add column job_title varchar(120);
alter table account add column phone varchar(40);
alter table account add column municipality_id bigint references municipality (id);
alter table account add column confirmed_at timestamp;
alter table account add column trial_ends_at timestamp;
alter table account add column member_since timestamp;
alter table account add column membership_requested_at timestamp;
alter table account add column credentials_changed_at timestamp;

create table account_token (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    account_id  bigint       not null references account (id) on delete cascade,
    purpose     varchar(20)  not null,
    token_hash  varchar(64)  not null,
    expires_at  timestamp    not null,
    used_at     timestamp,
    new_email   varchar(254),
    constraint account_token_hash_unique unique (token_hash)
);

create table login_failure (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    throttle_key   varchar(100) not null,
    failures       integer      not null,
    window_start   timestamp    not null,
    locked_until   timestamp,
    constraint login_failure_key_unique unique (throttle_key)
);
