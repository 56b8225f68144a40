-- Decision 766 indicator 3.5: procedures bearing a fee that can be paid online (standards-vn-2 §2.2: full points at
-- 80%). Points are configuration; the observed national split gives the payment group 10 points in all, kept on 3.6,
-- so 3.5 is seeded with 0 points (tracked) until a province decides how to share them.
alter table onestop.indicator_definition drop constraint indicator_definition_formula_check;
alter table onestop.indicator_definition add constraint indicator_definition_formula_check
    check (formula in ('ON_TIME_RATE', 'AVERAGE_TIME', 'ONLINE_PROCEDURES', 'ONLINE_DOSSIERS', 'ELECTRONIC_RESULTS',
                       'DIGITISED_DOSSIERS', 'PAID_ONLINE', 'SATISFACTION', 'PAYABLE_ONLINE'));

insert into onestop.indicator_definition (id, edition, code, name, group_name, formula, full_score_at, max_points,
                                          valid_from, note, updated_at, updated_by)
values
(gen_random_uuid(), '766-2022', '3.5',
 'Tỷ lệ thủ tục hành chính có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến', 'Cung cấp dịch vụ trực tuyến',
 'PAYABLE_ONLINE', 80, 0, '2022-08-01',
 'Thủ tục có phí, lệ phí cung cấp trực tuyến (thanh toán qua cổng thanh toán của Sen); đạt điểm tối đa khi từ 80% trở lên; '
 || 'chưa phân bổ điểm (nhóm thanh toán 10 điểm đang tính cho chỉ số 3.6).',
 now(), 'Hệ thống');
