-- One-stop statistics (thống kê, báo cáo) and the Decision 766/QĐ-TTg indicators (chỉ số 766).

-- The span of a dossier for the statistics: from its intake (received, or filed when it was never received) to the
-- end of its processing (result ready, or refused, stopped, closed); open dossiers have no upper bound. A period
-- report reads exactly the dossiers whose span meets the period (carried over, received, ended in it), which a
-- B-tree on either end cannot find alone; a GiST index on the range can (ADR 0011). DossierStatistics repeats this
-- expression word for word (StatisticsSql.SPAN) so that the planner matches it.
-- The lower bound is the earlier of the two, so that no odd row (an end recorded before the intake, as imported
-- data may have) can make the range invalid and refuse the row's insert or update.
create index dossier_statistics_span_ix on onestop.dossier using gist (
    tstzrange(least(coalesce(received_at, submitted_at),
                    coalesce(result_ready_at,
                             case when state in ('REFUSED', 'STOPPED', 'CLOSED') then ended_at end)),
              coalesce(result_ready_at,
                       case when state in ('REFUSED', 'STOPPED', 'CLOSED') then ended_at end),
              '[]'));

-- The daily intake report and the dossier log list one agency's dossiers by their intake moment.
create index dossier_agency_intake_ix on onestop.dossier (agency_id, (coalesce(received_at, submitted_at)));

-- The indicator definitions of the service-quality index (Bộ chỉ số 766): versioned by edition and validity, with
-- the full-score threshold and the points kept as data, because the national system revises them administratively.
create table onestop.indicator_definition (
    id             uuid primary key,
    edition        varchar(20)   not null,
    code           varchar(10)   not null,
    name           varchar(300)  not null,
    group_name     varchar(200)  not null,
    formula        varchar(30)   not null check (formula in ('ON_TIME_RATE', 'AVERAGE_TIME', 'ONLINE_PROCEDURES',
                                                            'ONLINE_DOSSIERS', 'ELECTRONIC_RESULTS',
                                                            'DIGITISED_DOSSIERS')),
    -- the value (in per cent) from which the indicator earns all its points; null: no threshold stated, 100%
    full_score_at  numeric(6, 2) check (full_score_at > 0 and full_score_at <= 100),
    max_points     numeric(6, 2) not null check (max_points >= 0 and max_points <= 100),
    valid_from     date          not null,
    note           varchar(2000),
    updated_at     timestamptz   not null,
    updated_by     varchar(200),
    version        bigint        not null default 0,
    constraint indicator_definition_uk unique (edition, code)
);

-- Points: progress 20 (all on 2.1, 2.2 is tracked without points); online services 12 shared by 3.1, 3.2 and 3.3
-- (3.2 is not computed by Sen yet, its 4 points are left out); digitisation 22 of which the first two parts (6 and 4)
-- are taken for 4.1 and 4.2. The split inside a group is not published with the decision: configuration, not law.
insert into onestop.indicator_definition (id, edition, code, name, group_name, formula, full_score_at, max_points,
                                          valid_from, note, updated_at, updated_by)
values
(gen_random_uuid(), '766-2022', '2.1', 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn', 'Tiến độ, kết quả giải quyết',
 'ON_TIME_RATE', null, 20, '2022-08-01',
 'Thời gian chờ bổ sung được trừ; hồ sơ yêu cầu bổ sung quá một lần tính là quá hạn; hồ sơ gia hạn xét theo ngày hẹn ban đầu.',
 now(), 'Hệ thống'),
(gen_random_uuid(), '766-2022', '2.2', 'Thời gian giải quyết thủ tục hành chính trung bình', 'Tiến độ, kết quả giải quyết',
 'AVERAGE_TIME', null, 0, '2022-08-01', 'Chỉ số theo dõi, không tính điểm; đơn vị: ngày làm việc.', now(), 'Hệ thống'),
(gen_random_uuid(), '766-2022', '3.1', 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến', 'Cung cấp dịch vụ trực tuyến',
 'ONLINE_PROCEDURES', 80, 4, '2022-08-01', 'Đạt điểm tối đa khi từ 80% trở lên.', now(), 'Hệ thống'),
(gen_random_uuid(), '766-2022', '3.3', 'Tỷ lệ hồ sơ nộp trực tuyến', 'Cung cấp dịch vụ trực tuyến',
 'ONLINE_DOSSIERS', 50, 4, '2022-08-01', 'Đạt điểm tối đa khi từ 50% trở lên.', now(), 'Hệ thống'),
(gen_random_uuid(), '766-2022', '4.1', 'Tỷ lệ hồ sơ có cấp kết quả điện tử', 'Số hóa hồ sơ',
 'ELECTRONIC_RESULTS', null, 6, '2022-08-01', null, now(), 'Hệ thống'),
(gen_random_uuid(), '766-2022', '4.2', 'Tỷ lệ hồ sơ thực hiện số hóa', 'Số hóa hồ sơ',
 'DIGITISED_DOSSIERS', 80, 4, '2022-08-01', 'Đạt điểm tối đa khi từ 80% trở lên.', now(), 'Hệ thống');
