package vn.sen.exchange;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The add/edit form of a directory entry (bound by th:field through its getters and setters). */
public class DirectoryForm {

    private @Nullable String code;
    private @Nullable String edxmlCode;
    private @Nullable String name;
    private @Nullable Transport transport = Transport.HTTP;
    private @Nullable String endpoint;
    private @Nullable String pinnedCertificate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validTo;

    private @Nullable String successorCode;
    private @Nullable Long version;

    static DirectoryForm of(DirectoryEntryView e) {
        DirectoryForm f = new DirectoryForm();
        f.code = e.code();
        f.edxmlCode = e.edxmlCode();
        f.name = e.name();
        f.transport = e.transport();
        f.endpoint = e.endpoint();
        f.pinnedCertificate = e.pinnedCertificate();
        f.validFrom = e.validFrom();
        f.validTo = e.validTo();
        f.successorCode = e.successorCode();
        f.version = e.version();
        return f;
    }

    DirectoryDraft draft() {
        return new DirectoryDraft(
                code, edxmlCode, name, transport, endpoint, pinnedCertificate, validFrom, validTo, successorCode);
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable String getEdxmlCode() {
        return edxmlCode;
    }

    public void setEdxmlCode(@Nullable String edxmlCode) {
        this.edxmlCode = edxmlCode;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Transport getTransport() {
        return transport;
    }

    public void setTransport(@Nullable Transport transport) {
        this.transport = transport;
    }

    public @Nullable String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(@Nullable String endpoint) {
        this.endpoint = endpoint;
    }

    public @Nullable String getPinnedCertificate() {
        return pinnedCertificate;
    }

    public void setPinnedCertificate(@Nullable String pinnedCertificate) {
        this.pinnedCertificate = pinnedCertificate;
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(@Nullable LocalDate validTo) {
        this.validTo = validTo;
    }

    public @Nullable String getSuccessorCode() {
        return successorCode;
    }

    public void setSuccessorCode(@Nullable String successorCode) {
        this.successorCode = successorCode;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
