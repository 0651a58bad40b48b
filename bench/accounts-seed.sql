-- 10,000 accounts for bench/accounts-table (H2): 500 municipalities spread over the countries, accounts registered
-- over about 18 months, one in ten unconfirmed, one in ten disabled. Ids far above the portal's own sequence.
insert into municipality (id, version, created_at, updated_at, name, country_id)
select 20000000 + r.x, 0, localtimestamp, localtimestamp, 'Bench Town ' || r.x, c.id
from system_range(1, 500) r
join (select id, row_number() over (order by code) - 1 as n from country) c
  on c.n = mod(r.x, (select count(*) from country));

insert into account (id, version, created_at, updated_at, email, full_name, password_hash, role, status, language,
                     job_title, municipality_id, confirmed_at)
select 30000000 + x, 0,
       dateadd('MINUTE', -x * 79, localtimestamp), dateadd('MINUTE', -x * 79, localtimestamp),
       'bench.person.' || x || '@example.org',
       case mod(x, 7) when 0 then 'Amina' when 1 then 'Kofi' when 2 then 'Thandi' when 3 then 'Joao' when 4 then 'Fatou'
                      when 5 then 'Chidi' else 'Lerato' end || ' Bench ' || x,
       'not-a-password-hash', 'MEMBER',
       case mod(x, 10) when 0 then 'UNCONFIRMED' when 1 then 'DISABLED' else 'ACTIVE' end,
       case mod(x, 3) when 0 then 'fr' when 1 then 'pt' else 'en' end,
       'Planner', 20000000 + mod(x, 500) + 1,
       case mod(x, 10) when 0 then null else dateadd('MINUTE', -x * 79 + 30, localtimestamp) end
from system_range(1, 10000);
