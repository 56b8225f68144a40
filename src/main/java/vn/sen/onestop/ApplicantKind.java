package vn.sen.onestop;

import java.util.regex.Pattern;

/**
 * Who files (người nộp hồ sơ), and the identifier the officer checks first (Decree 118 Art. 17(1)(a)): a citizen's
 * personal identification number (số định danh cá nhân, 12 digits), an organisation's identifier (its enterprise or
 * tax code, 10 digits, a branch adds {@code -NNN}), a foreigner's passport number.
 */
public enum ApplicantKind {
    /** Công dân Việt Nam. */
    CITIZEN("\\d{12}"),
    /** Tổ chức, doanh nghiệp. */
    ORGANISATION("\\d{10}(-\\d{3})?"),
    /** Người nước ngoài: passport letters and digits. */
    FOREIGNER("[A-Z0-9]{6,12}");

    private final Pattern identifier;

    ApplicantKind(String identifier) {
        this.identifier = Pattern.compile(identifier);
    }

    boolean accepts(String idNumber) {
        return identifier.matcher(idNumber).matches();
    }
}
