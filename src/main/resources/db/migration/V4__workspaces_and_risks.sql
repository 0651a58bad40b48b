-- A workspace per municipality, its members with their role, the status of each step, the risks of
-- step 3 (impacts and risks), and the history of changes to worksheet rows.

create table workspace (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    municipality_id  bigint       not null references municipality (id),
    name             varchar(160) not null,
    demo             boolean      not null,
    constraint workspace_municipality_unique unique (municipality_id)
);

create table workspace_member (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id  bigint      not null references workspace (id) on delete cascade,
    account_id    bigint      not null references account (id) on delete cascade,
    member_role   varchar(10) not null,
    constraint workspace_member_account_unique unique (account_id)
);

create table step_progress (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id  bigint       not null references workspace (id) on delete cascade,
    step_number   integer      not null,
    completed     boolean      not null,
    changed_by    varchar(120),
    constraint step_progress_unique unique (workspace_id, step_number)
);

create table risk (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id    bigint        not null references workspace (id) on delete cascade,
    hazard          varchar(120)  not null,
    sector          varchar(30)   not null,
    impact          varchar(2000) not null,
    likelihood      integer       not null,
    consequence     integer       not null,
    within_mandate  boolean       not null,
    changed_by      varchar(120)  not null
);
create index risk_workspace_idx on risk (workspace_id);

create table worksheet_change (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id  bigint        not null references workspace (id) on delete cascade,
    changed_by    varchar(120)  not null,
    worksheet     varchar(40)   not null,
    row_id        bigint,
    action        varchar(10)   not null,
    summary       varchar(500)  not null
);
create index worksheet_change_workspace_idx on worksheet_change (workspace_id, created_at);
