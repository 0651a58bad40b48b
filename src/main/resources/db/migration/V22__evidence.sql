-- Evidence: files that members attach to a row of their plan (a council resolution, workshop minutes, a photo).
-- Like stored_file, the bytes are kept in the database (bytea: PostgreSQL's byte array, H2's varbinary) so that every
-- node of a cluster serves the same files. A row is named by its kind and id (the rows live in four tables); the
-- service deletes a row's evidence with the row, and the workspace's evidence goes with the workspace.

-- One attached file: the row it belongs to, its cleaned name, media type and kind (recognised from its content), its
-- size and bytes, and who attached it (their display name, as the rows' changed_by) and when.
create table evidence (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    workspace_id  bigint        not null,
    row_kind      varchar(20)   not null,
    row_id        bigint        not null,
    file_name     varchar(120)  not null,
    content_type  varchar(100)  not null,
    file_kind     varchar(20)   not null,
    file_size     bigint        not null,
    content       bytea         not null,
    uploaded_by   varchar(120)  not null,
    uploaded_at   timestamp     not null,
    constraint evidence_workspace_fk foreign key (workspace_id) references workspace (id) on delete cascade,
    constraint evidence_row_kind_ck check (row_kind in ('WORKSHEET_ROW', 'RISK', 'OPTION', 'ACTION'))
);
create index evidence_row_idx on evidence (workspace_id, row_kind, row_id);
