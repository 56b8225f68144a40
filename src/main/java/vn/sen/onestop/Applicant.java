package vn.sen.onestop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** The person or organisation a dossier is filed for (người nộp hồ sơ), as checked at receipt. */
@Embeddable
class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind")
    private ApplicantKind kind;

    @Column(name = "applicant_id_number")
    private String idNumber;

    @Column(name = "applicant_name")
    private String name;

    @Column(name = "applicant_address")
    private @Nullable String address;

    @Column(name = "applicant_phone")
    private @Nullable String phone;

    @Column(name = "applicant_email")
    private @Nullable String email;

    protected Applicant() {}

    Applicant(ApplicantView v) {
        this.kind = v.kind();
        this.idNumber = v.idNumber();
        this.name = v.name();
        this.address = v.address();
        this.phone = v.phone();
        this.email = v.email();
    }

    ApplicantView view() {
        return new ApplicantView(kind, idNumber, name, address, phone, email);
    }
}
