-- Every trial's results move into the registry-shaped tables of V8, and the per-arm tables go.
-- A trial with registry results (imported since V8) already has all of its figures there: its per-arm rows
-- were copies and are dropped. Every other trial (FORTRESS, and trials imported before V8) is carried over:
--   arm                       -> an OUTCOME reporting group linked to the arm
--   endpoint with results     -> an outcome measure linked to the endpoint, one class, one category
--   endpoint_result           -> a measurement (value and spread as text at their reported precision) with its
--                                reference and version, and the participants analysed as the group's denominator
--   comparison                -> an analysis of the two groups, its parameter named as the registry names it
--   adverse-event category    -> a safety measure (shares of participants per group), its results measurements
-- and the audit trail of each per-arm row is re-keyed to the row that now holds its figure.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (14+). No CHECK lists constants (see V7).

-- A measure may stand for a protocol endpoint (kind, population, interim, citations), like a group for an arm.
alter table result_measure add column endpoint_id bigint;
alter table result_measure add constraint result_measure_endpoint foreign key (endpoint_id) references endpoint (id);
-- Adverse-event summaries that a publication reports as shares of participants (the Safety page's, not Efficacy's).
alter table result_measure add column safety boolean not null default false;
-- A curated figure cites its own reference (null: the trial's registry import) and carries a version for edits.
alter table result_measurement add column reference_id bigint;
alter table result_measurement add constraint result_measurement_reference foreign key (reference_id) references reference (id);
alter table result_measurement add column version integer not null default 0;
alter table result_analysis add column reference_id bigint;
alter table result_analysis add constraint result_analysis_reference foreign key (reference_id) references reference (id);
alter table result_analysis add column version integer not null default 0;

-- Where each carried row came from, for the joins below; dropped at the end.
alter table result_measure add column legacy_category_id bigint;
alter table result_measurement add column legacy_result_id bigint;
alter table result_measurement add column legacy_ae_result_id bigint;
alter table result_analysis add column legacy_comparison_id bigint;

create table legacy_trial (trial_id bigint primary key);
insert into legacy_trial (trial_id)
select t.id from trial t where not exists (select 1 from registry_results r where r.trial_id = t.id);

-- Every per-arm figure with its text at its reported precision (at most 10 places are stored), formatted once.
create table legacy_figure (
    kind    varchar(10)    not null,
    id      bigint         not null,
    part    varchar(10)    not null,
    figure  numeric(20, 10) not null,
    places  smallint       not null,
    text    varchar(40),
    primary key (kind, id, part)
);
insert into legacy_figure (kind, id, part, figure, places)
select 'result', id, 'value', value_value, value_places from endpoint_result where value_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'result', id, 'spread', spread_value, spread_places from endpoint_result where spread_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'result', id, 'lower', lower_value, lower_places from endpoint_result where lower_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'result', id, 'upper', upper_value, upper_places from endpoint_result where upper_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'ae', id, 'value', value_value, value_places from adverse_event_result where value_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'comparison', id, 'estimate', estimate_value, estimate_places from comparison where estimate_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'comparison', id, 'level', ci_level_value, ci_level_places from comparison where ci_level_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'comparison', id, 'lower', ci_lower_value, ci_lower_places from comparison where ci_lower_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'comparison', id, 'upper', ci_upper_value, ci_upper_places from comparison where ci_upper_value is not null;
insert into legacy_figure (kind, id, part, figure, places)
select 'comparison', id, 'p', p_value_value, p_value_places from comparison where p_value_value is not null;
update legacy_figure set text = case places
    when 0 then cast(cast(figure as decimal(20, 0)) as varchar(40))
    when 1 then cast(cast(figure as decimal(20, 1)) as varchar(40))
    when 2 then cast(cast(figure as decimal(20, 2)) as varchar(40))
    when 3 then cast(cast(figure as decimal(20, 3)) as varchar(40))
    when 4 then cast(cast(figure as decimal(20, 4)) as varchar(40))
    when 5 then cast(cast(figure as decimal(20, 5)) as varchar(40))
    when 6 then cast(cast(figure as decimal(20, 6)) as varchar(40))
    when 7 then cast(cast(figure as decimal(20, 7)) as varchar(40))
    when 8 then cast(cast(figure as decimal(20, 8)) as varchar(40))
    when 9 then cast(cast(figure as decimal(20, 9)) as varchar(40))
    else cast(cast(figure as decimal(20, 10)) as varchar(40)) end;

insert into result_group (trial_id, module, ordinal, code, title, description, arm_id)
select a.trial_id, 'OUTCOME', a.ordinal, 'A' || cast(a.id as varchar(19)), a.label, null, a.id
from arm a join legacy_trial l on l.trial_id = a.trial_id
where exists (select 1 from endpoint_result r where r.arm_id = a.id)
   or exists (select 1 from adverse_event_result r where r.arm_id = a.id)
   or exists (select 1 from comparison c where c.experimental_arm_id = a.id or c.comparator_arm_id = a.id);

insert into result_measure (trial_id, module, ordinal, outcome_type, title, description, population_description,
                            param_type, dispersion_type, unit_of_measure, time_frame, endpoint_id, safety)
select e.trial_id, 'OUTCOME', e.ordinal,
       case e.kind when 'EXPLORATORY' then 'OTHER_PRE_SPECIFIED' else e.kind end,
       e.name, e.description, p.name,
       coalesce(e.param_type, case e.measure_type when 'MEDIAN_TIME' then 'MEDIAN'
                                                  when 'COUNT_OF_PARTICIPANTS' then 'COUNT_OF_PARTICIPANTS'
                                                  when 'MEAN' then 'MEAN' else 'NUMBER' end),
       (select min(r.dispersion_type) from endpoint_result r where r.endpoint_id = e.id),
       (select min(r.unit) from endpoint_result r where r.endpoint_id = e.id),
       e.time_frame, e.id, false
from endpoint e join legacy_trial l on l.trial_id = e.trial_id
join analysis_population p on p.id = e.population_id
where exists (select 1 from endpoint_result r where r.endpoint_id = e.id)
   or exists (select 1 from comparison c where c.endpoint_id = e.id);

insert into result_measure (trial_id, module, ordinal, outcome_type, title, description, population_description,
                            param_type, unit_of_measure, safety, legacy_category_id)
select c.trial_id, 'OUTCOME', 1000 + c.ordinal, null, c.name,
       case when c.organ_system is null then null
            else c.organ_system || case c.seriousness when 'SERIOUS' then ' (serious)' when 'OTHER' then ' (other)'
                                                       else '' end end,
       p.name,
       case when (select min(lower(r.unit)) from adverse_event_result r where r.category_id = c.id)
                 in ('participants', 'participant', 'patients', 'subjects') then 'COUNT_OF_PARTICIPANTS'
            else 'NUMBER' end,
       (select min(r.unit) from adverse_event_result r where r.category_id = c.id),
       true, c.id
from adverse_event_category c join legacy_trial l on l.trial_id = c.trial_id
join analysis_population p on p.id = c.population_id
where exists (select 1 from adverse_event_result r where r.category_id = c.id);

insert into result_class (measure_id, ordinal, title)
select m.id, 0, null from result_measure m join legacy_trial l on l.trial_id = m.trial_id;

insert into result_category (class_id, ordinal, title)
select k.id, 0, null from result_class k join result_measure m on m.id = k.measure_id
join legacy_trial l on l.trial_id = m.trial_id;

insert into result_measurement (category_id, group_id, value_text, spread_text, lower_text, upper_text, comment,
                                reference_id, version, legacy_result_id)
select k.id, g.id,
       (select f.text from legacy_figure f where f.kind = 'result' and f.id = r.id and f.part = 'value'),
       (select f.text from legacy_figure f where f.kind = 'result' and f.id = r.id and f.part = 'spread'),
       (select f.text from legacy_figure f where f.kind = 'result' and f.id = r.id and f.part = 'lower'),
       (select f.text from legacy_figure f where f.kind = 'result' and f.id = r.id and f.part = 'upper'),
       r.posted_note, r.reference_id, r.version, r.id
from endpoint_result r
join result_measure m on m.endpoint_id = r.endpoint_id and m.safety = false
join result_class c on c.measure_id = m.id
join result_category k on k.class_id = c.id
join result_group g on g.arm_id = r.arm_id and g.module = 'OUTCOME';

insert into result_measurement (category_id, group_id, value_text, comment, reference_id, version, legacy_ae_result_id)
select k.id, g.id,
       (select f.text from legacy_figure f where f.kind = 'ae' and f.id = r.id and f.part = 'value'),
       case when r.events is null then null else cast(r.events as varchar(19)) || ' events' end,
       r.reference_id, r.version, r.id
from adverse_event_result r
join result_measure m on m.legacy_category_id = r.category_id
join result_class c on c.measure_id = m.id
join result_category k on k.class_id = c.id
join result_group g on g.arm_id = r.arm_id and g.module = 'OUTCOME';

insert into result_denom (group_id, measure_id, class_id, units, count_text)
select g.id, m.id, null, 'Participants', cast(r.participants as varchar(19))
from endpoint_result r
join result_measure m on m.endpoint_id = r.endpoint_id and m.safety = false
join result_group g on g.arm_id = r.arm_id and g.module = 'OUTCOME'
where r.participants is not null;

insert into result_denom (group_id, measure_id, class_id, units, count_text)
select g.id, m.id, null, 'Participants', cast(r.participants as varchar(19))
from adverse_event_result r
join result_measure m on m.legacy_category_id = r.category_id
join result_group g on g.arm_id = r.arm_id and g.module = 'OUTCOME'
where r.participants is not null;

insert into result_analysis (measure_id, ordinal, non_inferiority_type, param_type, param_value, ci_pct_value,
                             ci_num_sides, ci_lower, ci_upper, p_value, statistical_method, reference_id, version,
                             legacy_comparison_id)
select m.id, cast(c.id as integer), c.non_inferiority_type,
       coalesce(c.param_type, case c.statistic when 'HAZARD_RATIO' then 'Hazard Ratio (HR)'
                                              when 'ODDS_RATIO' then 'Odds Ratio (OR)'
                                              when 'RISK_RATIO' then 'Risk Ratio (RR)'
                                              when 'RISK_DIFFERENCE' then 'Risk Difference (RD)'
                                              when 'MEAN_DIFFERENCE' then 'Mean Difference (Final Values)' end),
       (select f.text from legacy_figure f where f.kind = 'comparison' and f.id = c.id and f.part = 'estimate'),
       (select f.text from legacy_figure f where f.kind = 'comparison' and f.id = c.id and f.part = 'level'),
       c.ci_sides,
       (select f.text from legacy_figure f where f.kind = 'comparison' and f.id = c.id and f.part = 'lower'),
       (select f.text from legacy_figure f where f.kind = 'comparison' and f.id = c.id and f.part = 'upper'),
       coalesce(c.p_value_text,
                (select f.text from legacy_figure f where f.kind = 'comparison' and f.id = c.id and f.part = 'p')),
       c.method, c.reference_id, c.version, c.id
from comparison c join result_measure m on m.endpoint_id = c.endpoint_id and m.safety = false
join endpoint e on e.id = c.endpoint_id join legacy_trial l on l.trial_id = e.trial_id;

insert into result_analysis_group (analysis_id, group_id, ordinal)
select a.id, g.id, 0 from result_analysis a join comparison c on c.id = a.legacy_comparison_id
join result_group g on g.arm_id = c.experimental_arm_id and g.module = 'OUTCOME';

insert into result_analysis_group (analysis_id, group_id, ordinal)
select a.id, g.id, 1 from result_analysis a join comparison c on c.id = a.legacy_comparison_id
join result_group g on g.arm_id = c.comparator_arm_id and g.module = 'OUTCOME';

update audit_entry set entity = 'result_measurement',
    entity_id = (select m.id from result_measurement m where m.legacy_result_id = audit_entry.entity_id)
where entity = 'endpoint_result'
  and exists (select 1 from result_measurement m where m.legacy_result_id = audit_entry.entity_id);
update audit_entry set entity = 'result_measurement',
    entity_id = (select m.id from result_measurement m where m.legacy_ae_result_id = audit_entry.entity_id)
where entity = 'adverse_event_result'
  and exists (select 1 from result_measurement m where m.legacy_ae_result_id = audit_entry.entity_id);
update audit_entry set entity = 'result_analysis',
    entity_id = (select a.id from result_analysis a where a.legacy_comparison_id = audit_entry.entity_id)
where entity = 'comparison'
  and exists (select 1 from result_analysis a where a.legacy_comparison_id = audit_entry.entity_id);

alter table result_measure drop column legacy_category_id;
alter table result_measurement drop column legacy_result_id;
alter table result_measurement drop column legacy_ae_result_id;
alter table result_analysis drop column legacy_comparison_id;
drop table legacy_trial;
drop table legacy_figure;

drop table endpoint_result;
drop table comparison;
drop table adverse_event_result;
drop table adverse_event_category;
drop table code_statistic;
drop table code_seriousness;

create index result_measure_endpoint on result_measure (endpoint_id);
create index result_analysis_measure on result_analysis (measure_id, ordinal);
create index result_category_class on result_category (class_id);
create index result_class_measure on result_class (measure_id);
