package vn.sen.onestop;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as the national portal hands it over (hồ sơ tiếp nhận từ Cổng Dịch vụ công quốc gia), in the JSON of
 * docs/national-portal.md with the national field names. Everything is read as given and checked afterwards, so that
 * each missing or wrong field is refused with its own name.
 *
 * @param messageId MaThongDiep: the portal's id of this message; the same id again is a replay
 * @param nationalRef MaHoSoQG: the portal's reference of the dossier
 * @param procedureCode MaTTHC: the procedure's code in the national database of administrative procedures
 * @param agencyCode MaCoQuan: the competent agency's QĐ 20/2020 code
 * @param channel KenhThucHien: 2 (online) for everything the portal hands over
 * @param filedAt NgayNopHoSo: when the applicant filed on the portal
 */
record PortalMessage(
        @JsonProperty("MaThongDiep") @Nullable String messageId,
        @JsonProperty("MaHoSoQG") @Nullable String nationalRef,
        @JsonProperty("MaTTHC") @Nullable String procedureCode,
        @JsonProperty("MaCoQuan") @Nullable String agencyCode,
        @JsonProperty("KenhThucHien") @Nullable Integer channel,
        @JsonProperty("NgayNopHoSo") @Nullable String filedAt,
        @JsonProperty("ChuHoSo") @Nullable Holder applicant,
        @JsonProperty("TaiLieuNop") @Nullable List<Document> documents) {

    /**
     * The applicant (chủ hồ sơ).
     *
     * @param kind LoaiDoiTuong: 1 citizen, 2 organisation or business, 3 foreigner
     * @param idNumber SoDinhDanh: personal identification number, enterprise code or passport number
     */
    record Holder(
            @JsonProperty("HoTen") @Nullable String name,
            @JsonProperty("SoDinhDanh") @Nullable String idNumber,
            @JsonProperty("LoaiDoiTuong") @Nullable Integer kind,
            @JsonProperty("SoDienThoai") @Nullable String phone,
            @JsonProperty("Email") @Nullable String email,
            @JsonProperty("DiaChi") @Nullable String address) {}

    /**
     * One file of a component (tài liệu nộp).
     *
     * @param component ThanhPhanHoSo: the component's number in the procedure, from 1
     * @param fileName TenTepDinhKem
     * @param base64 NoiDungTep: the file's bytes in base64 (RFC 4648, no line breaks)
     */
    record Document(
            @JsonProperty("ThanhPhanHoSo") @Nullable Integer component,
            @JsonProperty("TenTepDinhKem") @Nullable String fileName,
            @JsonProperty("NoiDungTep") @Nullable String base64) {}
}
