-- Steps 5 and 6: adaptation options with their scores on the seven criteria (1-5, empty until scored),
-- and the criteria weights of each workspace (equal until the team changes them).

create table adaptation_option (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id      bigint        not null references workspace (id) on delete cascade,
    name              varchar(200)  not null,
    risks_addressed   varchar(500)  not null,
    option_type       varchar(12)   not null,
    lead_department   varchar(120)  not null,
    builds_on         varchar(500),
    score_effectiveness              integer,
    score_cost                       integer,
    score_technical_feasibility      integer,
    score_institutional_feasibility  integer,
    score_co_benefits                integer,
    score_stakeholder_support        integer,
    score_urgency                    integer,
    changed_by        varchar(120)  not null
);
create index adaptation_option_workspace_idx on adaptation_option (workspace_id);

create table criteria_weights (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id   bigint  not null references workspace (id) on delete cascade,
    w_effectiveness              integer not null,
    w_cost                       integer not null,
    w_technical_feasibility      integer not null,
    w_institutional_feasibility  integer not null,
    w_co_benefits                integer not null,
    w_stakeholder_support        integer not null,
    w_urgency                    integer not null,
    constraint criteria_weights_workspace_unique unique (workspace_id)
);
