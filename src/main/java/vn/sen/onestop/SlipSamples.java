package vn.sen.onestop;

import java.util.List;

/** Made-up values for previewing a wording, so an administrator sees every placeholder filled before printing. */
final class SlipSamples {

    private SlipSamples() {}

    static SlipValues of(SlipForm form) {
        SlipValues values = SlipValues.of()
                .text("issuedDate", "08/10/2026")
                .text("dossierCode", "000.00.12.H99-261008-0001")
                .text("applicantName", "Nguyễn Thị Hồng Nhung")
                .text("applicantIdNumber", "001190012345")
                .text("applicantAddress", "Số 12 đường Hoa Sen, phường Đông Hồ, tỉnh Sen Hồng")
                .text("applicantPhone", "0912 345 678")
                .text("applicantEmail", "nhung.nguyen@example.vn")
                .text("procedureName", "Cấp giấy phép bưu chính")
                .text("officerName", "Trần Văn Bình")
                .text("receivedAt", "14 giờ 05 phút, ngày 08/10/2026")
                .list(
                        "components",
                        List.of("Đơn đề nghị cấp giấy phép bưu chính (01 bản chính)", "Điều lệ doanh nghiệp"))
                .text("componentCount", "2")
                .text("processingTime", "15 ngày làm việc")
                .text("dueAt", "16 giờ 00 phút, ngày 29/10/2026")
                .text("returnPlace", "Trung tâm Phục vụ hành chính công tỉnh")
                .text("returnMethod", "Trực tiếp hoặc qua dịch vụ bưu chính công ích")
                .text(
                        "clockStartNote",
                        "Thời gian giải quyết được tính từ thời điểm hồ sơ đã được tiếp nhận đầy đủ, hợp lệ"
                                + " (Nghị định số 118/2025/NĐ-CP, Điều 17 khoản 3).")
                .text("reason", "Đơn đề nghị chưa có chữ ký của người đại diện theo pháp luật")
                .list("items", List.of("Đơn đề nghị có chữ ký của người đại diện theo pháp luật"))
                .text("supplementDeadline", "ngày 15/10/2026")
                .text("originalDueAt", "ngày 29/10/2026")
                .text("newDueAt", "ngày 05/11/2026")
                .text("requestedAt", "9 giờ 30 phút, ngày 12/10/2026")
                .text("period", "Tháng 10 năm 2026")
                .table(
                        "handovers",
                        new SlipTable(
                                List.of(
                                        "Bước",
                                        "Bên giao",
                                        "Bên nhận",
                                        "Thời điểm giao nhận",
                                        "Hạn xử lý",
                                        "Kết quả",
                                        "Ghi chú"),
                                List.of(List.of(
                                        "1",
                                        "Bộ phận Một cửa",
                                        "Phòng Bưu chính",
                                        "08/10/2026 15:00",
                                        "27/10/2026",
                                        "đúng hạn",
                                        ""))))
                .table(
                        "entries",
                        new SlipTable(
                                List.of("STT", "Mã hồ sơ", "Người nộp", "Thủ tục", "Ngày nhận", "Hẹn trả", "Kết quả"),
                                List.of(List.of(
                                        "1",
                                        "000.00.12.H99-261008-0001",
                                        "Nguyễn Thị Hồng Nhung",
                                        "Cấp giấy phép bưu chính",
                                        "08/10/2026",
                                        "29/10/2026",
                                        "Đang giải quyết"))));
        return values;
    }
}
