package vn.sen.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.persistence.AssignedIdEntity;

/** Staff account (tài khoản cán bộ, công chức): a person posted to an agency, with roles. */
@Entity
@Table(name = "staff_account", schema = "identity")
class StaffAccount extends AssignedIdEntity implements LoginSubject {

    @Id
    private UUID id;

    private String username;
    private String displayName;
    private @Nullable String email;
    private @Nullable String phone;
    private String passwordHash;
    private UUID agencyId;
    private @Nullable UUID unitId;
    private @Nullable UUID positionId;
    private boolean enabled = true;

    @jakarta.persistence.Embedded
    private LoginGuard guard = LoginGuard.CLEAR;

    private Instant passwordChangedAt;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", schema = "identity", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected StaffAccount() {
        this.id = UUID.randomUUID();
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.agencyId = UUID.randomUUID();
        this.passwordChangedAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    StaffAccount(String username, String displayName, String passwordHash, UUID agencyId, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.agencyId = agencyId;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String email() {
        return email;
    }

    @Nullable
    String phone() {
        return phone;
    }

    @Override
    public String passwordHash() {
        return passwordHash;
    }

    UUID agencyId() {
        return agencyId;
    }

    @Nullable
    UUID unitId() {
        return unitId;
    }

    @Nullable
    UUID positionId() {
        return positionId;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    long version() {
        return version;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    @Override
    public LoginGuard guard() {
        return guard;
    }

    @Override
    public void guard(LoginGuard guard) {
        this.guard = guard;
    }

    void describe(String displayName, @Nullable String email, @Nullable String phone) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
    }

    void post(UUID agencyId, @Nullable UUID unitId, @Nullable UUID positionId) {
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.positionId = positionId;
    }

    boolean postingDiffers(UUID agencyId, @Nullable UUID unitId, @Nullable UUID positionId) {
        return !agencyId.equals(this.agencyId)
                || !java.util.Objects.equals(unitId, this.unitId)
                || !java.util.Objects.equals(positionId, this.positionId);
    }

    void grant(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void unlock() {
        guard(LoginGuard.CLEAR);
    }

    /** What the audit trail keeps of an account (never the password hash). */
    AccountSummary summary() {
        return new AccountSummary(username, displayName, email, phone, agencyId, unitId, positionId, roles(), enabled);
    }

    record AccountSummary(
            String username,
            String displayName,
            @Nullable String email,
            @Nullable String phone,
            UUID agencyId,
            @Nullable UUID unitId,
            @Nullable UUID positionId,
            Set<Role> roles,
            boolean enabled) {}

    @Override
    public UUID getId() {
        return id;
    }
}
