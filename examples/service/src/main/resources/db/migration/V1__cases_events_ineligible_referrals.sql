-- The case store of the referral service. Written for both H2 (2.x) and PostgreSQL (13+).

-- One row per case: its current version (the number of events) guards optimistic concurrency, and the
-- state and referral date let the worklist and the report select cases without reading every event.
create table wor_case (
    case_id        varchar(64)  not null primary key,
    version        integer      not null check (version >= 1),
    state          varchar(32)  not null,
    referral_date  date         not null,
    updated_at     timestamp with time zone not null
);

-- The events of each case, append-only: a case is the fold of its events. The payload is the event in
-- the wor-json wire format; it carries no birth date and no contact details.
create table wor_case_event (
    case_id      varchar(64)     not null references wor_case (case_id),
    sequence     integer         not null check (sequence >= 1),
    event_id     varchar(64)     not null,
    event_type   varchar(32)     not null,
    event_date   date            not null,
    payload      varchar(100000) not null,
    recorded_at  timestamp with time zone not null,
    constraint wor_case_event_pk primary key (case_id, sequence),
    constraint wor_case_event_id_unique unique (case_id, event_id)
);

-- Referrals that were not eligible: only what the indicators need (no client reference, birth date or
-- contact details), and the referral id so that the same referral is not counted twice.
create table wor_ineligible_referral (
    referral_id         varchar(64)  not null primary key,
    referral_date       date         not null,
    referrer_role       varchar(64)  not null,
    practice_reference  varchar(128) not null,
    municipality_code   varchar(16),
    reasons             varchar(512) not null,
    recorded_at         timestamp with time zone not null
);

create index wor_case_state_idx on wor_case (state);
create index wor_case_referral_date_idx on wor_case (referral_date);
create index wor_ineligible_referral_date_idx on wor_ineligible_referral (referral_date);
