-- Issue 11, "a library that finds things".
-- The text a library search compares its words with: title, summary, city and topic names in every language,
-- lower case and without accents (LibraryResource keeps it up to date; rows written before it existed are
-- filled at start-up). A search is "search_text like '%word%'" for each word, the same on H2 and PostgreSQL.
alter table library_resource add column search_text varchar(4000);

-- Hazard topics, for a database that already has its reference data (an empty database gets them from
-- demo/content.json at the first start, so nothing is inserted while it has no countries yet). Each id takes a
-- block of the shared sequence, so it never meets an id that EclipseLink hands out.
insert into topic (id, version, created_at, updated_at, slug, name_en, name_fr, name_pt)
select nextval('portal_seq'), 1, current_timestamp, current_timestamp, 'floods', 'Floods', 'Inondations', 'Cheias e inundações'
where exists (select 1 from country) and not exists (select 1 from topic where slug = 'floods');
insert into topic (id, version, created_at, updated_at, slug, name_en, name_fr, name_pt)
select nextval('portal_seq'), 1, current_timestamp, current_timestamp, 'drought', 'Drought', 'Sécheresse', 'Seca'
where exists (select 1 from country) and not exists (select 1 from topic where slug = 'drought');
insert into topic (id, version, created_at, updated_at, slug, name_en, name_fr, name_pt)
select nextval('portal_seq'), 1, current_timestamp, current_timestamp, 'extreme-heat', 'Extreme heat', 'Chaleur extrême', 'Calor extremo'
where exists (select 1 from country) and not exists (select 1 from topic where slug = 'extreme-heat');
insert into topic (id, version, created_at, updated_at, slug, name_en, name_fr, name_pt)
select nextval('portal_seq'), 1, current_timestamp, current_timestamp, 'sea-level-rise', 'Sea-level rise', 'Élévation du niveau de la mer', 'Subida do nível do mar'
where exists (select 1 from country) and not exists (select 1 from topic where slug = 'sea-level-rise');
insert into topic (id, version, created_at, updated_at, slug, name_en, name_fr, name_pt)
select nextval('portal_seq'), 1, current_timestamp, current_timestamp, 'storms', 'Storms and cyclones', 'Tempêtes et cyclones', 'Tempestades e ciclones'
where exists (select 1 from country) and not exists (select 1 from topic where slug = 'storms');

-- The demo resources about these hazards, found by their demo titles (an administrator's resources are left alone).
insert into library_resource_topic (resource_id, topic_id)
select r.id, t.id from library_resource r, topic t
where ((r.title = 'Flood risk in informal settlements: lessons from the Cape Flats' and t.slug = 'floods')
    or (r.title = 'Heat-wave preparedness: a short note for municipal health teams' and t.slug = 'extreme-heat')
    or (r.title = 'Coastal erosion along Maputo Bay: a case-study summary' and t.slug in ('sea-level-rise', 'storms')))
  and not exists (select 1 from library_resource_topic x where x.resource_id = r.id and x.topic_id = t.id);
