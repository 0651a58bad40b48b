-- Step 7: the actions of the adaptation plan.
create table plan_action (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id        bigint         not null references workspace (id) on delete cascade,
    option_id           bigint         references adaptation_option (id) on delete set null,
    action_text         varchar(300)   not null,
    objective           varchar(500)   not null,
    department          varchar(120)   not null,
    partners            varchar(300),
    budget              decimal(14, 2),
    funding_source      varchar(200),
    start_date          date,
    end_date            date,
    municipal_plan      varchar(200),
    action_status       varchar(12)    not null,
    changed_by          varchar(120)   not null
);
create index plan_action_workspace_idx on plan_action (workspace_id);
