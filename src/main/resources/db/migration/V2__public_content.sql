-- Public content: pages per language, countries, topics, pioneer cities, supporters, the resource
-- library with stored files, contact messages, and the outbox of e-mails waiting to be sent.
-- Every table has the columns of BaseEntity: id (from portal_seq), version, created_at, updated_at.

create table country (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    code     varchar(2)   not null,
    name_en  varchar(100) not null,
    name_fr  varchar(100) not null,
    name_pt  varchar(100) not null,
    constraint country_code_unique unique (code)
);

create table topic (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    slug     varchar(60)  not null,
    name_en  varchar(100) not null,
    name_fr  varchar(100) not null,
    name_pt  varchar(100) not null,
    constraint topic_slug_unique unique (slug)
);

create table page_content (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    slug      varchar(40)    not null,
    language  varchar(8)     not null,
    title     varchar(200)   not null,
    summary   varchar(500)   not null,
    body      varchar(40000) not null,
    constraint page_content_slug_language_unique unique (slug, language)
);

create table pioneer_city (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    slug           varchar(60)   not null,
    name           varchar(120)  not null,
    country_id     bigint        not null references country (id),
    population     bigint,
    latitude       decimal(9, 6),
    longitude      decimal(9, 6),
    year_joined    integer,
    photo          varchar(200),
    display_order  integer       not null,
    constraint pioneer_city_slug_unique unique (slug)
);

create table pioneer_city_text (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    city_id    bigint         not null references pioneer_city (id) on delete cascade,
    language   varchar(8)     not null,
    summary    varchar(1000)  not null,
    story      varchar(40000) not null,
    risks      varchar(10000) not null,
    lessons    varchar(20000) not null,
    photo_alt  varchar(300)   not null,
    constraint pioneer_city_text_unique unique (city_id, language)
);

create table supporter (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    name           varchar(200)  not null,
    kind           varchar(16)   not null,
    website        varchar(500),
    logo           varchar(200),
    display_order  integer       not null
);

create table supporter_text (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    supporter_id  bigint        not null references supporter (id) on delete cascade,
    language      varchar(8)    not null,
    description   varchar(4000) not null,
    constraint supporter_text_unique unique (supporter_id, language)
);

create table stored_file (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    content  bytea not null
);

create table library_resource (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    title           varchar(200)  not null,
    summary         varchar(1000) not null,
    resource_type   varchar(16)   not null,
    language        varchar(8)    not null,
    city_id         bigint        references pioneer_city (id) on delete set null,
    published_year  integer,
    external_url    varchar(1000),
    file_id         bigint        references stored_file (id),
    file_name       varchar(200),
    content_type    varchar(100),
    file_size       bigint,
    download_count  bigint        not null
);
create index library_resource_type_idx on library_resource (resource_type);
create index library_resource_language_idx on library_resource (language);
create index library_resource_city_idx on library_resource (city_id);

create table library_resource_topic (
    resource_id  bigint not null references library_resource (id) on delete cascade,
    topic_id     bigint not null references topic (id) on delete cascade,
    primary key (resource_id, topic_id)
);

create table contact_message (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    name          varchar(120)  not null,
    email         varchar(254)  not null,
    organisation  varchar(200),
    subject       varchar(200)  not null,
    message       varchar(5000) not null,
    language      varchar(8)    not null,
    client_key    varchar(64)   not null,
    handled       boolean       not null,
    handled_at    timestamp
);
create index contact_message_client_idx on contact_message (client_key, created_at);

create table outgoing_mail (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    recipient        varchar(254)   not null,
    subject          varchar(300)   not null,
    body             varchar(40000) not null,
    language         varchar(8)     not null,
    status           varchar(16)    not null,
    attempts         integer        not null,
    last_error       varchar(1000),
    next_attempt_at  timestamp      not null,
    sent_at          timestamp
);
create index outgoing_mail_status_idx on outgoing_mail (status, next_attempt_at);
