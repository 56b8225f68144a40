package vn.sen.onestop;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Biểu mẫu of Circular 03/2025/TT-VPCP, Phụ lục I: the seven forms (Mẫu số 01–07) the one-stop shop prints. Their
 * wording is data ({@code onestop.slip_template}), so a province rewords them without a release; the placeholders
 * each form may use are fixed here, so a reworded form can never ask for a value nobody gives it.
 */
public enum SlipForm {
    RECEIPT(
            1,
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            List.of(
                    "receivedAt",
                    "components",
                    "componentCount",
                    "processingTime",
                    "dueAt",
                    "returnPlace",
                    "returnMethod",
                    "clockStartNote")),
    SUPPLEMENT_REQUEST(2, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", List.of("reason", "items", "supplementDeadline")),
    REFUSAL(3, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", List.of("reason")),
    APOLOGY_EXTENSION(
            4,
            "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
            List.of("reason", "originalDueAt", "newDueAt")),
    STOP_NOTICE(5, "Thông báo dừng giải quyết hồ sơ", List.of("reason", "requestedAt")),
    CONTROL_SLIP(6, "Phiếu kiểm soát quá trình giải quyết hồ sơ", List.of("dueAt", "receivedAt", "handovers")),
    DOSSIER_LOG(7, "Sổ theo dõi hồ sơ", List.of("period", "entries"));

    private final int number;
    private final String title;
    private final Set<String> placeholders;

    SlipForm(int number, String title, List<String> own) {
        this.number = number;
        this.title = title;
        Set<String> all = new LinkedHashSet<>(Common.PLACEHOLDERS);
        all.addAll(own);
        this.placeholders = Set.copyOf(all);
    }

    /** The form's number in Phụ lục I (Mẫu số 01 is 1). */
    public int number() {
        return number;
    }

    /** The form's title as the circular names it. */
    public String title() {
        return title;
    }

    /** The placeholder names this form's template may use. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /** "Mẫu số 01" … "Mẫu số 07". */
    String label() {
        return "Mẫu số %02d".formatted(number);
    }

    /** The dossier log is a register of many dossiers: it has no dossier code of its own. */
    boolean ofOneDossier() {
        return this != DOSSIER_LOG;
    }

    /** The control slip and the dossier log are mostly a table of seven or more columns: printed landscape. */
    boolean wide() {
        return this == CONTROL_SLIP || this == DOSSIER_LOG;
    }

    /**
     * The placeholders every form may use: who issues it, where and when, and whose dossier it is about. (A holder
     * class, because an enum's constructor may not read the enum's own static fields.)
     */
    static final class Common {

        static final List<String> PLACEHOLDERS = List.of(
                "agencyName",
                "parentAgencyName",
                "placeName",
                "issuedDate",
                "dossierCode",
                "applicantName",
                "applicantIdNumber",
                "applicantAddress",
                "applicantPhone",
                "applicantEmail",
                "procedureName",
                "officerName");

        private Common() {}
    }
}
