-- FORTRESS (NCT03786094), every figure of shared/reference/fortress-data.md with its reference.
-- Per-arm patient counts are not in the source and stay empty until curated.

insert into trial (id, acronym, registry_id, title, phase, status, design, condition_text, enrolment,
                   prior_therapy, mechanism, outcome_summary)
values (1, 'FORTRESS', 'NCT03786094',
        'Balixafortide + eribulin versus eribulin alone in HER2-negative locally recurrent or metastatic breast cancer',
        '3', 'Terminated early',
        'International, multicenter, open-label, randomized, active-controlled, parallel-group',
        'HER2-negative, locally recurrent or metastatic breast cancer',
        432,
        '1 to 4 prior chemotherapy regimens for advanced disease; HR+ disease: at least one line of endocrine therapy',
        'Balixafortide is a CXCR4 antagonist: it blocks the CXCL12 (SDF-1) / CXCR4 axis, which drives tumour growth, angiogenesis, metastasis and cancer-cell survival',
        'Did not meet its co-primary endpoint (objective response rate, third line and later); terminated early');

insert into reference (id, trial_id, ref_number, source, title, url) values
    (1, 1, 1, 'researchgate.net', null, null),
    (2, 1, 2, 'aacrjournals.org', null, null),
    (3, 1, 3, 'ClinicalTrials.gov', null, 'https://ClinicalTrials.gov'),
    (4, 1, 4, 'cdn.clinicaltrials.gov', null, null),
    (5, 1, 5, 'targetedonc.com', null, null),
    (6, 1, 6, 'ClinicalTrials.gov', null, 'https://ClinicalTrials.gov'),
    (7, 1, 7, 'BioSpace',
     'Polyphor Provides Update on the Phase III FORTRESS Study of Balixafortide in Patients With Advanced HER2 Negative Breast Cancer',
     null);

insert into trial_citation (trial_id, field, reference_id) values
    (1, 'REGISTRY_ID', 3), (1, 'REGISTRY_ID', 4),
    (1, 'PHASE', 3), (1, 'PHASE', 4),
    (1, 'DESIGN', 3), (1, 'DESIGN', 4),
    (1, 'CONDITION', 2), (1, 'CONDITION', 5),
    (1, 'ENROLMENT', 2), (1, 'ENROLMENT', 5),
    (1, 'PRIOR_THERAPY', 2), (1, 'PRIOR_THERAPY', 5),
    (1, 'MECHANISM', 1), (1, 'MECHANISM', 2),
    (1, 'OUTCOME', 7),
    (1, 'STATUS', 7);

insert into arm (id, trial_id, code, label, short_label, role, ordinal, participants, reference_id) values
    (1, 1, 'COMBINATION', 'Balixafortide + eribulin', 'Balixafortide + eribulin', 'EXPERIMENTAL', 0, null, 2),
    (2, 1, 'CONTROL', 'Eribulin alone', 'Eribulin alone', 'ACTIVE_COMPARATOR', 1, null, 2);

insert into intervention (id, arm_id, ordinal, drug, dose_value, dose_places, dose_unit, route,
                          cycle_length_days, administration_days, reference_id) values
    (1, 1, 0, 'Balixafortide', 5.5, 1, 'mg/kg', 'IV', 21, '1,2,3,8,9,10', 2),
    (2, 1, 1, 'Eribulin', 1.4, 1, 'mg/m²', 'IV', 21, '2,9', 2),
    (3, 2, 0, 'Eribulin', 1.4, 1, 'mg/m²', 'IV', 21, '2,9', 2);

insert into analysis_population (id, trial_id, code, name, description) values
    (1, 1, 'THIRD_LINE_PLUS', 'Third line and later', 'Patients treated in the third line or later for advanced disease'),
    (2, 1, 'OVERALL', 'Overall', 'All randomised patients'),
    (3, 1, 'SAFETY', 'Overall safety population', 'All patients who received study treatment');

insert into endpoint (id, trial_id, code, name, kind, measure_type, population_id, interim, ordinal) values
    (1, 1, 'ORR', 'Objective response rate', 'PRIMARY', 'PERCENT_OF_PARTICIPANTS', 1, false, 0),
    (2, 1, 'PFS_OVERALL', 'Progression-free survival', 'PRIMARY', 'MEDIAN_TIME', 2, false, 1),
    (3, 1, 'PFS', 'Median progression-free survival', 'PRIMARY', 'MEDIAN_TIME', 1, false, 2),
    (4, 1, 'OS', 'Median overall survival', 'SECONDARY', 'MEDIAN_TIME', 1, true, 3),
    (5, 1, 'CBR', 'Clinical benefit rate', 'SECONDARY', 'PERCENT_OF_PARTICIPANTS', 1, false, 4),
    (6, 1, 'SAFETY', 'Safety and tolerability', 'SECONDARY', 'OTHER', 3, false, 5);

insert into endpoint_citation (endpoint_id, reference_id) values
    (1, 2), (2, 2), (2, 6), (3, 2), (3, 6), (4, 2), (4, 6), (5, 7);

insert into endpoint_result (id, endpoint_id, arm_id, status, value_value, value_places, unit, reference_id) values
    (1, 1, 1, 'REPORTED', 13.0, 1, '%', 7),
    (2, 1, 2, 'REPORTED', 13.7, 1, '%', 7),
    (3, 5, 1, 'REPORTED', 16.7, 1, '%', 7),
    (4, 5, 2, 'REPORTED', 19.6, 1, '%', 7),
    (5, 3, 1, 'REPORTED', 3.5, 1, 'months', 2),
    (6, 3, 2, 'REPORTED', 4.0, 1, 'months', 2),
    (7, 4, 1, 'REPORTED', 11.0, 1, 'months', 2),
    (8, 4, 2, 'REPORTED', 11.2, 1, 'months', 2);

insert into comparison (id, endpoint_id, experimental_arm_id, comparator_arm_id, statistic,
                        estimate_value, estimate_places, ci_level_value, ci_level_places,
                        ci_lower_value, ci_lower_places, ci_upper_value, ci_upper_places,
                        p_value_value, p_value_places, method, reference_id) values
    (1, 1, 1, 2, null, null, null, null, null, null, null, null, null, 1.00, 2, null, 7),
    (2, 3, 1, 2, 'HAZARD_RATIO', 1.07, 2, 96, 0, 0.81, 2, 1.41, 2, null, null, null, 2),
    (3, 4, 1, 2, 'HAZARD_RATIO', 1.08, 2, 99.9, 1, 0.66, 2, 1.77, 2, null, null, null, 2);

insert into adverse_event_category (id, trial_id, code, name, population_id, ordinal) values
    (1, 1, 'SERIOUS_TEAE', 'Serious treatment-emergent adverse events', 3, 0),
    (2, 1, 'TEAE_DEATH', 'TEAEs leading to death', 3, 1),
    (3, 1, 'TEAE_GRADE_3_PLUS', 'TEAEs grade 3 or higher', 3, 2),
    (4, 1, 'INFUSION_REACTION', 'Infusion-related reactions', 3, 3);

insert into adverse_event_result (id, category_id, arm_id, status, value_value, value_places, unit, reference_id) values
    (1, 1, 1, 'REPORTED', 28, 0, '%', 2),
    (2, 1, 2, 'REPORTED', 26.5, 1, '%', 2),
    (3, 2, 1, 'REPORTED', 6.9, 1, '%', 2),
    (4, 2, 2, 'REPORTED', 6.4, 1, '%', 2),
    (5, 3, 1, 'REPORTED', 68.3, 1, '%', 2),
    (6, 3, 2, 'REPORTED', 64.2, 1, '%', 2),
    (7, 4, 1, 'REPORTED', 43.6, 1, '%', 2),
    (8, 4, 2, 'NOT_REPORTED', null, null, '%', 2);

-- The rows above carry fixed ids; later inserts must not collide with them.
alter table trial alter column id restart with 100;
alter table reference alter column id restart with 100;
alter table arm alter column id restart with 100;
alter table intervention alter column id restart with 100;
alter table analysis_population alter column id restart with 100;
alter table endpoint alter column id restart with 100;
alter table endpoint_result alter column id restart with 100;
alter table comparison alter column id restart with 100;
alter table adverse_event_category alter column id restart with 100;
alter table adverse_event_result alter column id restart with 100;
