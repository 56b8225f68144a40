package vn.sen.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The account page's form (a bean: Thymeleaf's th:field binds through getters and setters). */
public class AccountForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.tooLong}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 255, message = "{validation.tooLong}")
    private String displayName = "";

    @Email(message = "{validation.email}")
    @Size(max = 255, message = "{validation.tooLong}")
    private @Nullable String email;

    @Size(max = 32, message = "{validation.tooLong}")
    private @Nullable String phone;

    private @Nullable UUID agencyId;
    private @Nullable UUID unitId;
    private @Nullable UUID positionId;
    private List<String> roles = new ArrayList<>();

    @Size(max = 128, message = "{validation.tooLong}")
    private @Nullable String password;

    private long version;

    static AccountForm of(AccountView a) {
        AccountForm f = new AccountForm();
        f.username = a.username();
        f.displayName = a.displayName();
        f.email = a.email();
        f.phone = a.phone();
        f.agencyId = a.agencyId();
        f.unitId = a.unitId();
        f.positionId = a.positionId();
        f.roles = new ArrayList<>(a.roles());
        f.version = a.version();
        return f;
    }

    AccountDraft draft() {
        return new AccountDraft(
                username,
                displayName,
                email,
                phone,
                agencyId,
                unitId,
                positionId,
                new HashSet<>(roles),
                password,
                version);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null || email.isBlank() ? null : email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable UUID getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(@Nullable UUID agencyId) {
        this.agencyId = agencyId;
    }

    public @Nullable UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable UUID unitId) {
        this.unitId = unitId;
    }

    public @Nullable UUID getPositionId() {
        return positionId;
    }

    public void setPositionId(@Nullable UUID positionId) {
        this.positionId = positionId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(@Nullable List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
