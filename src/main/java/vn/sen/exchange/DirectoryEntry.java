package vn.sen.exchange;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/** An entry of the exchange directory (mục danh bạ liên thông): an agency's transport over a period. */
@Entity
@Table(schema = "exchange", name = "directory_entry")
class DirectoryEntry extends AssignedIdEntity {

    @Id
    private UUID id;

    private String code;
    private @Nullable String edxmlCode;
    private String name;

    @Enumerated(EnumType.STRING)
    private Transport transport;

    private @Nullable String endpoint;
    private @Nullable String pinnedCertificate;
    private LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private @Nullable String successorCode;

    @Version
    private long version;

    protected DirectoryEntry() {}

    DirectoryEntry(DirectoryRules.Checked checked) {
        this.id = UUID.randomUUID();
        apply(checked);
    }

    void apply(DirectoryRules.Checked checked) {
        this.code = checked.code();
        this.edxmlCode = checked.edxmlCode();
        this.name = checked.name();
        this.transport = checked.transport();
        this.endpoint = checked.endpoint();
        this.pinnedCertificate = checked.pinnedCertificate();
        this.validFrom = checked.validFrom();
        this.validTo = checked.validTo();
        this.successorCode = checked.successorCode();
    }

    @Override
    public UUID getId() {
        return id;
    }

    long version() {
        return version;
    }

    DirectoryEntryView view() {
        return new DirectoryEntryView(
                id,
                code,
                edxmlCode,
                name,
                transport,
                endpoint,
                pinnedCertificate,
                validFrom,
                validTo,
                successorCode,
                version);
    }
}
