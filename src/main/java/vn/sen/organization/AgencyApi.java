package vn.sen.organization;

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
import vn.sen.shared.error.SenException;

/** The agency directory over REST: read by every staff member, changed by system administrators only. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Cơ quan", description = "Danh bạ cơ quan theo mã định danh QĐ 20/2020 và sáp nhập")
class AgencyApi {

    private static final String READ = "hasAnyAuthority('STAFF', 'ORG_READ', 'ORG_AGENCY_MANAGE')";

    private final AgencyRegistry registry;
    private final AgencyMerger merger;
    private final OrganizationDirectory directory;

    private final WorkingTime time;

    AgencyApi(AgencyRegistry registry, AgencyMerger merger, OrganizationDirectory directory, WorkingTime time) {
        this.time = time;
        this.registry = registry;
        this.merger = merger;
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "Danh sách cơ quan, có thể lọc theo ngày hiệu lực và từ khóa")
    List<AgencyView> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate activeOn,
            @RequestParam(required = false) @Nullable String q) {
        return registry.search(activeOn, q);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "Một cơ quan")
    AgencyView get(@PathVariable UUID id) {
        return directory.findAgency(id).orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"));
    }

    @GetMapping("/resolve")
    @PreAuthorize(READ)
    @Operation(summary = "Cơ quan mang mã (QĐ 20 hoặc edXML) vào một ngày, kể cả cơ quan đã giải thể, sáp nhập")
    AgencyView resolve(
            @RequestParam String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        AgencyCode parsed = AgencyCode.parse(code);
        return merger.resolve(parsed, on == null ? LocalDate.now(time.zone()) : on)
                .orElseThrow(() -> SenException.notFound("AGENCY_NOT_FOUND"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    @Operation(summary = "Thêm cơ quan")
    AgencyView create(@RequestBody AgencyRequest request) {
        return registry.create(request.draft());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    @Operation(summary = "Sửa cơ quan (gửi kèm version để phát hiện sửa đồng thời)")
    AgencyView update(@PathVariable UUID id, @RequestBody AgencyRequest request) {
        return registry.update(id, request.version(), request.draft());
    }

    @PostMapping("/merges")
    @PreAuthorize("hasAuthority('ORG_AGENCY_MANAGE')")
    @Operation(summary = "Sáp nhập các cơ quan vào một cơ quan kế thừa (có sẵn hoặc mới) từ một ngày")
    AgencyView merge(@RequestBody MergeRequest request) {
        AgencyDraft newSuccessor =
                request.newSuccessor() == null ? null : request.newSuccessor().draft();
        return merger.merge(
                new MergeCommand(request.predecessorIds(), request.successorId(), newSuccessor, request.effective()));
    }

    /** An agency as sent by API clients; {@code version} is the one read before editing. */
    record AgencyRequest(
            @Nullable String code,
            @Nullable String name,
            @Nullable String shortName,
            @Nullable String placeName,
            @Nullable AgencyLevel level,
            @Nullable UUID parentId,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable Long version) {

        AgencyDraft draft() {
            return new AgencyDraft(code, name, shortName, placeName, level, parentId, validFrom, validTo);
        }
    }

    /** A merge: predecessors, and either an existing successor or a new one, from the effective day. */
    record MergeRequest(
            @Nullable List<UUID> predecessorIds,
            @Nullable UUID successorId,
            @Nullable AgencyRequest newSuccessor,
            @Nullable LocalDate effective) {}
}
