package vn.sen.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.shared.error.SenException;

/** Staff accounts over REST, scoped to the caller's agency. */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
@Tag(name = "Tài khoản", description = "Staff accounts, roles and postings")
class AccountApi {

    private final AccountAdministration administration;

    AccountApi(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "List accounts of the caller's agency (system administrators: any, or ?agencyId=)")
    PageOf list(
            @RequestParam(required = false) @Nullable UUID agencyId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw SenException.invalid("PAGE_INVALID");
        }
        Page<AccountView> found = administration.list(agencyId, PageRequest.of(page, size));
        return new PageOf(found.getContent(), page, size, found.getTotalElements());
    }

    @GetMapping("/{id}")
    AccountView get(@PathVariable UUID id) {
        return administration.find(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a staff account")
    AccountView create(@Valid @RequestBody AccountDraft draft) {
        return administration.create(draft);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an account (send the version you read; a stale version is refused)")
    AccountView update(@PathVariable UUID id, @Valid @RequestBody AccountDraft draft) {
        return administration.update(id, draft);
    }

    @PostMapping("/{id}/enable")
    AccountView enable(@PathVariable UUID id) {
        return administration.enable(id, true);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account and revoke its API tokens")
    AccountView disable(@PathVariable UUID id) {
        return administration.enable(id, false);
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable UUID id) {
        administration.unlock(id);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password (revokes the account's API tokens)")
    void resetPassword(@PathVariable UUID id, @Valid @RequestBody NewPassword body) {
        administration.resetPassword(id, body.password());
    }

    record NewPassword(@NotBlank(message = "{validation.required}") String password) {}

    record PageOf(List<AccountView> items, int page, int size, long total) {}
}
