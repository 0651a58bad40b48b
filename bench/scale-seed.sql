-- Scale data for bench/run (H2 or PostgreSQL: the SQL is written for both), added to a database the portal created (schema, reference data, demo workspace):
--   1,000 municipalities, each with a workspace of ~56 worksheet rows (the demo workspace's rows, twice) — 56,000 rows;
--   10,000 accounts registered over about 18 months (one in ten unconfirmed, one in ten disabled), the first of each
--   municipality its lead and the others viewers or editors;
--   200 library resources (links), in the three languages;
--   the demo workspace made "full": 200 more risks, 100 options (each answering two of them), 100 actions and 100 more
--   worksheet rows, about 530 rows in all, for the signed-in pages and the PDF.
-- Ids are far above the portal's own sequence, so the portal goes on adding rows as usual.
create table bench_n (x integer primary key); -- the numbers 1..10,000, for the rows below; dropped at the end
insert into bench_n (x) with recursive n (x) as (select 1 union all select x + 1 from n where x < 10000) select x from n;

insert into municipality (id, version, created_at, updated_at, name, country_id)
select 20000000 + r.x, 0, localtimestamp, localtimestamp, 'Bench Town ' || r.x, c.id
from bench_n r
join (select id, row_number() over (order by code) - 1 as n from country) c
  on c.n = mod(r.x, (select count(*) from country))
where r.x <= 1000;

insert into account (id, version, created_at, updated_at, email, full_name, password_hash, role, status, language,
                     job_title, municipality_id, confirmed_at, remind_trial, remind_review, remind_digest)
select 30000000 + x, 0,
       localtimestamp - x * 79 * interval '1' minute, localtimestamp - x * 79 * interval '1' minute,
       'bench.person.' || x || '@example.org',
       case mod(x, 7) when 0 then 'Amina' when 1 then 'Kofi' when 2 then 'Thandi' when 3 then 'Joao' when 4 then 'Fatou'
                      when 5 then 'Chidi' else 'Lerato' end || ' Bench ' || x,
       'not-a-password-hash', 'MEMBER',
       case mod(x, 10) when 0 then 'UNCONFIRMED' when 1 then 'DISABLED' else 'ACTIVE' end,
       case mod(x, 3) when 0 then 'fr' when 1 then 'pt' else 'en' end,
       'Planner', 20000000 + mod(x - 1, 1000) + 1,
       case mod(x, 10) when 0 then null else localtimestamp - (x * 79 - 30) * interval '1' minute end,
       true, true, true
from bench_n where x <= 10000;

insert into workspace (id, version, created_at, updated_at, municipality_id, name, demo, trial_ends_at)
select 40000000 + x, 0, localtimestamp - mod(x, 500) * interval '1' day, localtimestamp, 20000000 + x, 'Bench Town ' || x, false,
       localtimestamp + (7 - mod(x, 30)) * interval '1' day
from bench_n where x <= 1000;

insert into workspace_member (id, version, created_at, updated_at, workspace_id, account_id, member_role)
select 50000000 + x, 0, localtimestamp, localtimestamp, 40000000 + mod(x - 1, 1000) + 1, 30000000 + x,
       case when x <= 1000 then 'LEAD' when mod(x, 2) = 0 then 'EDITOR' else 'VIEWER' end
from bench_n where x <= 10000;

insert into worksheet_row (id, version, created_at, updated_at, workspace_id, worksheet, data, changed_by)
select 60000000 + (w.x - 1) * 1000 + row_number() over (partition by w.x order by r.id, c.x), 0, localtimestamp, localtimestamp,
       40000000 + w.x, r.worksheet, r.data, 'bench'
from bench_n w
cross join (select id, worksheet, data from worksheet_row where workspace_id = (select id from workspace where demo)) r
cross join bench_n c
where w.x <= 1000 and c.x <= 2;

insert into library_resource (id, version, created_at, updated_at, title, summary, resource_type, language, published_year,
                              external_url, download_count, search_text)
select 70000000 + x, 0, localtimestamp - x * interval '1' day, localtimestamp,
       'Bench resource ' || x || ' on ' || case mod(x, 4) when 0 then 'flood' when 1 then 'drought' when 2 then 'heat' else 'coastal' end || ' adaptation',
       'A resource for the benchmark: how municipalities plan for ' || case mod(x, 4) when 0 then 'floods' when 1 then 'droughts'
           when 2 then 'heat waves' else 'coastal erosion' end || ', with examples from the pioneer cities.',
       case mod(x, 5) when 0 then 'GUIDE' when 1 then 'REPORT' when 2 then 'TOOLKIT' when 3 then 'CASE_STUDY' else 'LINK' end,
       case mod(x, 3) when 0 then 'fr' when 1 then 'pt' else 'en' end, 2000 + mod(x, 26),
       'https://example.org/bench/' || x, 0,
       lower('Bench resource ' || x || ' ' || case mod(x, 4) when 0 then 'flood floods' when 1 then 'drought droughts'
           when 2 then 'heat heat waves' else 'coastal coastal erosion' end)
from bench_n where x <= 200;

-- the demo workspace, full
insert into risk (id, version, created_at, updated_at, workspace_id, hazard, sector, impact, likelihood, consequence,
                  within_mandate, changed_by)
select 80000000 + x, 0, localtimestamp, localtimestamp, (select id from workspace where demo),
       case mod(x, 5) when 0 then 'Flooding' when 1 then 'Drought' when 2 then 'Heat wave' when 3 then 'Storm surge' else 'Landslide' end
           || ' in ward ' || x,
       case mod(x, 7) when 0 then 'WATER' when 1 then 'HEALTH' when 2 then 'FOOD' when 3 then 'INFRASTRUCTURE'
                      when 4 then 'INFORMAL_SETTLEMENTS' when 5 then 'ECONOMY' else 'BIODIVERSITY' end,
       'Homes and roads of ward ' || x || ' are cut off for days; clinics and schools close; the poorest lose most.',
       mod(x, 5) + 1, mod(x * 3, 5) + 1, mod(x, 4) <> 0, 'bench'
from bench_n where x <= 200;

insert into adaptation_option (id, version, created_at, updated_at, workspace_id, name, risks_addressed, option_type,
                               lead_department, builds_on, score_effectiveness, score_cost, score_technical_feasibility,
                               score_institutional_feasibility, score_co_benefits, score_stakeholder_support, score_urgency,
                               changed_by)
select 81000000 + x, 0, localtimestamp, localtimestamp, (select id from workspace where demo),
       'Option ' || x || ': ' || case mod(x, 4) when 0 then 'clear the drains' when 1 then 'early warning by SMS'
           when 2 then 'shade and water points' else 'mangrove belt' end,
       '', case mod(x, 4) when 0 then 'NO_REGRET' when 1 then 'LOW_REGRET' when 2 then 'WIN_WIN' else 'FLEXIBLE' end,
       'Disaster management', null,
       mod(x, 5) + 1, mod(x + 1, 5) + 1, mod(x + 2, 5) + 1, mod(x + 3, 5) + 1, mod(x + 4, 5) + 1, mod(x * 2, 5) + 1, mod(x * 3, 5) + 1,
       'bench'
from bench_n where x <= 100;

insert into option_risk (option_id, risk_id)
select 81000000 + x, 80000000 + x from bench_n where x <= 100
union all
select 81000000 + x, 80000000 + 100 + x from bench_n where x <= 100;

insert into plan_action (id, version, created_at, updated_at, workspace_id, option_id, action_text, objective, department,
                         partners, budget, start_date, end_date, action_status, changed_by)
select 82000000 + x, 0, localtimestamp, localtimestamp, (select id from workspace where demo), 81000000 + x,
       'Action ' || x || ' of the plan', 'Fewer homes flooded in the wards of option ' || x, 'Roads and stormwater',
       'Red Cross, ward committees', 1000 * x, cast(current_date + x * interval '1' day as date), cast(current_date + (x + 180) * interval '1' day as date),
       case mod(x, 4) when 0 then 'PLANNED' when 1 then 'UNDER_WAY' when 2 then 'DONE' else 'STALLED' end, 'bench'
from bench_n where x <= 100;

insert into worksheet_row (id, version, created_at, updated_at, workspace_id, worksheet, data, changed_by)
select 83000000 + x, 0, localtimestamp, localtimestamp, (select id from workspace where demo),
       case mod(x, 4) when 0 then 'core-team' when 1 then 'stakeholders' when 2 then 'weather-events' else 'data-gaps' end,
       case mod(x, 4)
           when 0 then '{"name":"Bench member ' || x || '","department":"Planning","role":"Data"}'
           when 1 then '{"organisation":"Ward committee ' || x || '","group":"community","influence":"3","interest":"4","engagement":"Workshops"}'
           when 2 then '{"date":"' || (1990 + mod(x, 30)) || '-02-18","hazard":"Flooding","place":"Ward ' || x || '","impacts":"Roads cut for a week"}'
           else '{"gap":"Rainfall record ' || x || '","importance":"Needed to size the drains","filling":"Weather service"}' end,
       'bench'
from bench_n where x <= 100;

drop table bench_n;
analyze; -- fresh statistics for the query planner (on PostgreSQL the system catalogues are skipped, quietly)
