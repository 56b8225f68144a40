package vn.sen.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The exchange directory (danh bạ liên thông) for system administrators. */
@RestController
@RequestMapping("/api/v1/exchange/directory")
@PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
@Tag(name = "Danh bạ liên thông", description = "Transports and endpoints of agencies, effective-dated")
class DirectoryApi {

    private final ExchangeDirectory directory;

    DirectoryApi(ExchangeDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "List the entries, or those valid on ?day=")
    List<DirectoryEntryView> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return directory.list(day);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry")
    DirectoryEntryView get(@PathVariable UUID id) {
        return directory.find(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an entry")
    DirectoryEntryView create(@RequestBody EntryRequest request) {
        return directory.create(request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit an entry (send the version read, a stale one answers 409 CONCURRENT_EDIT)")
    DirectoryEntryView update(@PathVariable UUID id, @RequestBody EntryRequest request) {
        return directory.update(id, request.version(), request.draft());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an entry after its last day, naming the successor code (merger, renaming)")
    DirectoryEntryView close(@PathVariable UUID id, @RequestBody CloseRequest request) {
        return directory.close(id, request.version(), request.validTo(), request.successorCode());
    }

    /** An entry as API clients send it; {@code version} is the one read before editing. */
    record EntryRequest(
            @Nullable String code,
            @Nullable String edxmlCode,
            @Nullable String name,
            @Nullable Transport transport,
            @Nullable String endpoint,
            @Nullable String pinnedCertificate,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String successorCode,
            @Nullable Long version) {

        DirectoryDraft draft() {
            return new DirectoryDraft(
                    code, edxmlCode, name, transport, endpoint, pinnedCertificate, validFrom, validTo, successorCode);
        }
    }

    record CloseRequest(@Nullable LocalDate validTo, @Nullable String successorCode, @Nullable Long version) {}
}
