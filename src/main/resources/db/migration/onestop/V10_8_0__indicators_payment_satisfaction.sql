-- Decision 766 indicators 3.6 (dossiers paid online) and 5.4 (satisfaction), now that Sen records payments
-- (onestop.payment) and applicants' ratings (onestop.dossier_rating). Points are configuration, as for the others:
-- the observed national split gives payment 10 points, and 6 to each of 5.2, 5.3 and 5.4 (standards-vn-2 §2.3).
alter table onestop.indicator_definition drop constraint indicator_definition_formula_check;
alter table onestop.indicator_definition add constraint indicator_definition_formula_check
    check (formula in ('ON_TIME_RATE', 'AVERAGE_TIME', 'ONLINE_PROCEDURES', 'ONLINE_DOSSIERS', 'ELECTRONIC_RESULTS',
                       'DIGITISED_DOSSIERS', 'PAID_ONLINE', 'SATISFACTION'));

insert into onestop.indicator_definition (id, edition, code, name, group_name, formula, full_score_at, max_points,
                                          valid_from, note, updated_at, updated_by)
values
(gen_random_uuid(), '766-2022', '3.6', 'Tỷ lệ hồ sơ thanh toán trực tuyến', 'Cung cấp dịch vụ trực tuyến',
 'PAID_ONLINE', null, 10, '2022-08-01',
 'Hồ sơ tiếp nhận trong kỳ của thủ tục có phí, lệ phí được thanh toán trực tuyến; chưa rõ ngưỡng đạt điểm tối đa: 100%.',
 now(), 'Hệ thống'),
(gen_random_uuid(), '766-2022', '5.4', 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính', 'Mức độ hài lòng',
 'SATISFACTION', 90, 6, '2022-08-01',
 '100% trừ (tỷ lệ hồ sơ trễ hạn + tỷ lệ hồ sơ bị đánh giá không hài lòng); đạt điểm tối đa khi từ 90% trở lên.',
 now(), 'Hệ thống');
