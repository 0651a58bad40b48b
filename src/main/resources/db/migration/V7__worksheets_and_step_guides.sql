-- The remaining worksheets of the eight steps (council mandate, core team, stakeholders, communication
-- plan, weather events, projections, vulnerable groups and places, adaptive capacity, data gaps,
-- indicators, progress updates, review date) as typed rows: the fields of each worksheet are defined
-- and validated in the application (tool.domain.Worksheet) and stored as one JSON object per row.
-- Step guides (guidance and pioneers' examples per language) and self-check items with their ticks.

create table worksheet_row (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id  bigint         not null references workspace (id) on delete cascade,
    worksheet     varchar(40)    not null,
    data          varchar(20000) not null,
    changed_by    varchar(120)   not null
);
create index worksheet_row_workspace_idx on worksheet_row (workspace_id, worksheet);

create table step_guide (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    step_number  integer        not null,
    language     varchar(8)     not null,
    guidance     varchar(20000) not null,
    examples     varchar(20000) not null,
    constraint step_guide_unique unique (step_number, language)
);

create table check_item (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    step_number  integer       not null,
    position     integer       not null,
    text_en      varchar(300)  not null,
    text_fr      varchar(300)  not null,
    text_pt      varchar(300)  not null
);
create index check_item_step_idx on check_item (step_number, position);

create table check_tick (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id  bigint        not null references workspace (id) on delete cascade,
    item_id       bigint        not null references check_item (id) on delete cascade,
    ticked_by     varchar(120)  not null,
    constraint check_tick_unique unique (workspace_id, item_id)
);

-- Invitations to join a workspace (single-use link): the role the lead chose, and who invited.
create table workspace_invitation (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id  bigint        not null references workspace (id) on delete cascade,
    email         varchar(254)  not null,
    member_role   varchar(10)   not null,
    token_hash    varchar(64)   not null,
    invited_by    varchar(120)  not null,
    expires_at    timestamp     not null,
    accepted_at   timestamp,
    constraint workspace_invitation_token_unique unique (token_hash)
);
create index workspace_invitation_workspace_idx on workspace_invitation (workspace_id);
