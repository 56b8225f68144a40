package vn.sen.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/**
 * Units over REST for administrators: an agency administrator sees and changes their own agency only; a system-wide
 * administrator names the agency with {@code agencyId}.
 */
@RestController
@RequestMapping("/api/v1/units")
@PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
@Tag(name = "Đơn vị", description = "Cây đơn vị (phòng, ban, trung tâm…) của cơ quan")
class UnitApi {

    private final UnitAdministration units;

    UnitApi(UnitAdministration units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Đơn vị của cơ quan (theo thứ tự cây)")
    List<UnitView> list(@RequestParam(required = false) @Nullable UUID agencyId) {
        return units.tree(agencyId).stream().map(UnitTreeRow::unit).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một đơn vị")
    UnitView get(@PathVariable UUID id) {
        return units.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm đơn vị")
    UnitView create(@RequestBody UnitRequest request) {
        return units.create(request.agencyId(), request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa đơn vị (gửi kèm version)")
    UnitView update(@PathVariable UUID id, @RequestBody UnitRequest request) {
        return units.update(id, request.version(), request.draft());
    }

    /** A unit as sent by API clients; {@code agencyId} only counts on creation. */
    record UnitRequest(
            @Nullable UUID agencyId,
            @Nullable String name,
            @Nullable String shortCode,
            @Nullable UnitKind kind,
            @Nullable UUID parentId,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable Long version) {

        UnitDraft draft() {
            return new UnitDraft(name, shortCode, kind, parentId, validFrom, validTo);
        }
    }
}
