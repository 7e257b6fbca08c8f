-- The sets of allowed codes move from CHECK (column IN (...)) constraints to small code tables with
-- foreign keys. H2 2.4 compiles such a CHECK into a constant set tied to the connection that created it
-- (the one Flyway migrated with): once the pool retires that connection (HikariCP's maxLifetime, 30 min),
-- every insert or update the constraint checks fails with "Check constraint invalid ... The database has
-- been closed [90098]" until the database is reopened (AllowedCodesTest). H2 also folds
-- "column = 'A' or column = 'B'" into the same set, so no CHECK may list constants: use a code table.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (14+).

create table code_arm_role (code varchar(30) primary key);
insert into code_arm_role (code) values ('EXPERIMENTAL'), ('ACTIVE_COMPARATOR'), ('PLACEBO_COMPARATOR'),
    ('NO_INTERVENTION'), ('OTHER');
alter table arm drop constraint arm_role_check;
alter table arm add constraint arm_role_code foreign key (role) references code_arm_role (code);

create table code_endpoint_kind (code varchar(30) primary key);
insert into code_endpoint_kind (code) values ('PRIMARY'), ('SECONDARY'), ('EXPLORATORY');
alter table endpoint drop constraint endpoint_kind_check;
alter table endpoint add constraint endpoint_kind_code foreign key (kind) references code_endpoint_kind (code);

create table code_measure_type (code varchar(30) primary key);
insert into code_measure_type (code) values ('PERCENT_OF_PARTICIPANTS'), ('MEDIAN_TIME'), ('COUNT_OF_PARTICIPANTS'),
    ('MEAN'), ('OTHER');
alter table endpoint drop constraint endpoint_measure_check;
alter table endpoint add constraint endpoint_measure_code foreign key (measure_type) references code_measure_type (code);

create table code_statistic (code varchar(30) primary key);
insert into code_statistic (code) values ('HAZARD_RATIO'), ('ODDS_RATIO'), ('RISK_RATIO'), ('RISK_DIFFERENCE'),
    ('MEAN_DIFFERENCE');
alter table comparison drop constraint comparison_statistic_check;
alter table comparison add constraint comparison_statistic_code foreign key (statistic) references code_statistic (code);

create table code_user_role (code varchar(20) primary key);
insert into code_user_role (code) values ('VIEWER'), ('CURATOR'), ('ADMIN');
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_code foreign key (role) references code_user_role (code);

create table code_mechanism_relation (code varchar(20) primary key);
insert into code_mechanism_relation (code) values ('BINDS'), ('DRIVES'), ('BLOCKS');
alter table mechanism_link drop constraint mechanism_relation_check;
alter table mechanism_link add constraint mechanism_relation_code foreign key (relation)
    references code_mechanism_relation (code);

create table code_import_action (code varchar(10) primary key);
insert into code_import_action (code) values ('CREATED'), ('UPDATED');
alter table trial_import drop constraint trial_import_action_check;
alter table trial_import add constraint trial_import_action_code foreign key (action) references code_import_action (code);

create table code_seriousness (code varchar(10) primary key);
insert into code_seriousness (code) values ('SERIOUS'), ('OTHER');
alter table adverse_event_category drop constraint ae_category_seriousness_check;
alter table adverse_event_category add constraint ae_category_seriousness_code foreign key (seriousness)
    references code_seriousness (code);
