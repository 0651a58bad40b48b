-- Images uploaded in the back office for the public pages: pioneer cities' photos and supporters' logos.
-- The bytes stay in stored_file (as resources' files do); media_file says what they are, and /media/<id>/<name>
-- serves them with that type. The demo's static images (pioneer_city.photo, supporter.logo) are kept as they are.

-- An uploaded image: its cleaned file name, media type (from its content) and size, and its bytes' row.
create table media_file (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    file_id     bigint       not null,
    file_name   varchar(120) not null,
    media_type  varchar(100) not null,
    file_size   bigint       not null,
    constraint media_file_stored_file_fk foreign key (file_id) references stored_file (id)
);
create index media_file_file_idx on media_file (file_id);

-- The photos of a pioneer city, in display order, each with an optional caption (also its alternative text).
create table pioneer_photo (
    id bigint not null primary key, version bigint not null, created_at timestamp not null, updated_at timestamp not null,
    city_id   bigint       not null,
    media_id  bigint       not null,
    position  integer      not null,
    caption   varchar(300),
    constraint pioneer_photo_city_fk foreign key (city_id) references pioneer_city (id) on delete cascade,
    constraint pioneer_photo_media_fk foreign key (media_id) references media_file (id)
);
create index pioneer_photo_city_idx on pioneer_photo (city_id);
create index pioneer_photo_media_idx on pioneer_photo (media_id);

-- A supporter's uploaded logo (shown instead of the static demo logo when there is one).
alter table supporter add column logo_media_id bigint;
alter table supporter add constraint supporter_logo_media_fk foreign key (logo_media_id) references media_file (id);
create index supporter_logo_media_idx on supporter (logo_media_id);
