-- The wording of the one-stop slips (biểu mẫu của Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu số 01–07), kept as data so
-- that a province rewords them without a release. One row per form for the installation (agency_id null) and one per
-- form for each agency that reworded it. The texts use the slip syntax of SlipTemplate: paragraphs separated by blank
-- lines, {{name}} placeholders, nothing else.
create table onestop.slip_template (
    id               uuid           primary key,
    form             varchar(30)    not null check (form in ('RECEIPT', 'SUPPLEMENT_REQUEST', 'REFUSAL',
                                                             'APOLOGY_EXTENSION', 'STOP_NOTICE', 'CONTROL_SLIP',
                                                             'DOSSIER_LOG')),
    agency_id        uuid,
    title            varchar(300)   not null,
    body             varchar(10000) not null,
    signature_left   varchar(1000)  not null default '',
    signature_right  varchar(1000)  not null default '',
    updated_at       timestamptz    not null,
    updated_by       varchar(200),
    version          bigint         not null default 0
);
-- One default per form, and at most one own wording per agency and form.
create unique index slip_template_default_uk on onestop.slip_template (form) where agency_id is null;
create unique index slip_template_agency_uk on onestop.slip_template (form, agency_id) where agency_id is not null;

insert into onestop.slip_template (id, form, agency_id, title, body, signature_left, signature_right, updated_at, updated_by)
values
(gen_random_uuid(), 'RECEIPT', null, 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
'{{agencyName}} đã tiếp nhận hồ sơ của: {{applicantName}}
Số định danh cá nhân/Mã số doanh nghiệp: {{applicantIdNumber}}
Địa chỉ: {{applicantAddress}}
Số điện thoại: {{applicantPhone}}. Thư điện tử: {{applicantEmail}}

Nội dung yêu cầu giải quyết: {{procedureName}}

Thời điểm tiếp nhận hồ sơ: {{receivedAt}}

Thành phần hồ sơ ({{componentCount}} thành phần) gồm:

{{components}}

Thời gian giải quyết hồ sơ theo quy định: {{processingTime}}.
{{clockStartNote}}

Thời gian trả kết quả giải quyết hồ sơ: {{dueAt}}.

Nơi trả kết quả: {{returnPlace}}.
Hình thức nhận kết quả: {{returnMethod}}.

Tổ chức, cá nhân tra cứu tình trạng giải quyết hồ sơ trên Cổng Dịch vụ công quốc gia bằng mã hồ sơ {{dossierCode}}.',
'NGƯỜI NỘP HỒ SƠ

(Ký và ghi rõ họ tên)

{{applicantName}}',
'NGƯỜI TIẾP NHẬN

(Ký và ghi rõ họ tên)

{{officerName}}', now(), 'Hệ thống'),

(gen_random_uuid(), 'SUPPLEMENT_REQUEST', null, 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
'Kính gửi: {{applicantName}}
Địa chỉ: {{applicantAddress}}
Số điện thoại: {{applicantPhone}}. Thư điện tử: {{applicantEmail}}

{{agencyName}} đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục: {{procedureName}}.

Sau khi xem xét, hồ sơ chưa đầy đủ, hợp lệ. Lý do: {{reason}}

Đề nghị ông/bà bổ sung, hoàn thiện hồ sơ một lần đầy đủ, chính xác gồm những nội dung sau:

{{items}}

Thời hạn bổ sung, hoàn thiện hồ sơ: {{supplementDeadline}}.

Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ {{officerName}} để được hướng dẫn.

Xin trân trọng cảm ơn!',
'',
'NGƯỜI HƯỚNG DẪN

(Ký và ghi rõ họ tên)

{{officerName}}', now(), 'Hệ thống'),

(gen_random_uuid(), 'REFUSAL', null, 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
'Kính gửi: {{applicantName}}
Địa chỉ: {{applicantAddress}}
Số điện thoại: {{applicantPhone}}. Thư điện tử: {{applicantEmail}}

{{agencyName}} nhận được hồ sơ đề nghị giải quyết thủ tục: {{procedureName}}.

Qua xem xét, {{agencyName}} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do sau: {{reason}}

Xin thông báo để ông/bà được biết và thực hiện.',
'',
'NGƯỜI TIẾP NHẬN

(Ký và ghi rõ họ tên)

{{officerName}}', now(), 'Hệ thống'),

(gen_random_uuid(), 'APOLOGY_EXTENSION', null, 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
'Kính gửi: {{applicantName}}
Địa chỉ: {{applicantAddress}}

{{agencyName}} đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục: {{procedureName}}; thời gian hẹn trả kết quả: {{originalDueAt}}.

Tuy nhiên, đến nay {{agencyName}} chưa trả kết quả giải quyết hồ sơ đúng hẹn. Lý do: {{reason}}

{{agencyName}} thành thật xin lỗi ông/bà vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết hồ sơ; thời gian trả kết quả dự kiến: {{newDueAt}}.

Mong ông/bà thông cảm. Xin trân trọng cảm ơn!',
'',
'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ

(Ký, ghi rõ họ tên và đóng dấu)

……………………………', now(), 'Hệ thống'),

(gen_random_uuid(), 'STOP_NOTICE', null, 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
'Kính gửi: {{applicantName}}
Địa chỉ: {{applicantAddress}}

{{agencyName}} đã tiếp nhận hồ sơ đề nghị giải quyết thủ tục: {{procedureName}}.

Thời điểm đề nghị dừng giải quyết: {{requestedAt}}.

{{agencyName}} thông báo dừng giải quyết hồ sơ nêu trên. Lý do: {{reason}}

Xin thông báo để ông/bà được biết.',
'',
'NGƯỜI TIẾP NHẬN

(Ký và ghi rõ họ tên)

{{officerName}}', now(), 'Hệ thống'),

(gen_random_uuid(), 'CONTROL_SLIP', null, 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
'Kèm theo hồ sơ của: {{applicantName}}
Nội dung yêu cầu giải quyết: {{procedureName}}
Thời điểm tiếp nhận: {{receivedAt}}
Thời gian hẹn trả kết quả: {{dueAt}}
Người tiếp nhận: {{officerName}}

{{handovers}}',
'', '', now(), 'Hệ thống'),

(gen_random_uuid(), 'DOSSIER_LOG', null, 'SỔ THEO DÕI HỒ SƠ',
'Kỳ theo dõi: {{period}}

{{entries}}',
'', '', now(), 'Hệ thống');
