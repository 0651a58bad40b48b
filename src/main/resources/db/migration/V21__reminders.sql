-- Reminders by e-mail (trial ending, review date, weekly digest): each sent once per cluster, and each kind with an
-- opt-out in My account. The unique key makes a second node that sends the same reminder roll back.
create table reminder_sent (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    kind        varchar(20) not null,
    subject_id  bigint      not null,
    period_key  varchar(20) not null,
    sent_at     timestamp   not null,
    constraint reminder_sent_key unique (kind, subject_id, period_key)
);

alter table account add column remind_trial boolean default true not null;
alter table account add column remind_review boolean default true not null;
alter table account add column remind_digest boolean default true not null;
