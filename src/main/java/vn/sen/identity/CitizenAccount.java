package vn.sen.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * Citizen or business account (tài khoản công dân, doanh nghiệp), kept apart from staff: it never belongs to an
 * agency and never holds a staff permission.
 */
@Entity
@Table(name = "citizen_account", schema = "identity")
class CitizenAccount extends AssignedIdEntity implements LoginSubject {

    /** Công dân or doanh nghiệp. */
    enum Kind {
        CITIZEN,
        BUSINESS
    }

    @Id
    private UUID id;

    private String username;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    private String displayName;
    private @Nullable String identityNumber;
    private @Nullable String taxCode;
    private @Nullable String email;
    private @Nullable String phone;
    private String passwordHash;
    private boolean enabled = true;

    @jakarta.persistence.Embedded
    private LoginGuard guard = LoginGuard.CLEAR;

    private Instant createdAt;

    @Version
    private long version;

    protected CitizenAccount() {
        this.id = UUID.randomUUID();
        this.username = "";
        this.kind = Kind.CITIZEN;
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    CitizenAccount(String username, Kind kind, String displayName, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.kind = kind;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    Kind kind() {
        return kind;
    }

    String displayName() {
        return displayName;
    }

    CitizenView view() {
        return new CitizenView(id, username, kind == Kind.BUSINESS, displayName, identityNumber, taxCode, email, phone);
    }

    /** A business is identified by its tax code (mã số doanh nghiệp). */
    void taxCode(@Nullable String taxCode) {
        this.taxCode = taxCode;
    }

    void contact(@Nullable String identityNumber, @Nullable String email, @Nullable String phone) {
        this.identityNumber = identityNumber;
        this.email = email;
        this.phone = phone;
    }

    @Override
    public String passwordHash() {
        return passwordHash;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public LoginGuard guard() {
        return guard;
    }

    @Override
    public void guard(LoginGuard guard) {
        this.guard = guard;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
