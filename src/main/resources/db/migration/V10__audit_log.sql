-- Every change made in the back office: who, when, which record, and each field from -> to.
create table audit_entry (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    actor varchar(254) not null,
    action varchar(60) not null,
    record_type varchar(60) not null,
    record_id varchar(60),
    record_label varchar(300)
);
create index audit_entry_created on audit_entry (created_at);
create index audit_entry_record on audit_entry (record_type, record_id);

create table audit_change (
    entry_id bigint not null references audit_entry (id) on delete cascade,
    position integer not null,
    field varchar(60) not null,
    old_value varchar(4000),
    new_value varchar(4000),
    primary key (entry_id, position)
);
