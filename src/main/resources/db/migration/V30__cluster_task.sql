-- Tasks that must run once in a cluster, not once per node (issue 15): the reminders and the retention purge. A node
-- runs a task only when it moves run_after forward in one update (config.ClusterTasks); the others see the row moved
-- and skip that run. The mail outbox needs no row here: each mail is claimed with SELECT ... FOR UPDATE SKIP LOCKED.
create table cluster_task (
    name       varchar(40)  not null primary key,
    run_after  timestamp    not null,
    claimed_by varchar(120)
);
insert into cluster_task (name, run_after) values ('reminders', timestamp '2000-01-01 00:00:00');
insert into cluster_task (name, run_after) values ('retention', timestamp '2000-01-01 00:00:00');
