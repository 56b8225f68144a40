package vn.sen.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Positions over REST for administrators, scoped like units. */
@RestController
@RequestMapping("/api/v1/positions")
@PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
@Tag(name = "Chức vụ", description = "Chức vụ của cơ quan")
class PositionApi {

    private final PositionAdministration positions;

    PositionApi(PositionAdministration positions) {
        this.positions = positions;
    }

    @GetMapping
    @Operation(summary = "Chức vụ của cơ quan")
    List<PositionView> list(@RequestParam(required = false) @Nullable UUID agencyId) {
        return positions.list(agencyId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một chức vụ")
    PositionView get(@PathVariable UUID id) {
        return positions.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm chức vụ")
    PositionView create(@RequestBody PositionRequest request) {
        return positions.create(request.agencyId(), request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa chức vụ (gửi kèm version)")
    PositionView update(@PathVariable UUID id, @RequestBody PositionRequest request) {
        return positions.update(id, request.version(), request.draft());
    }

    /** A position as sent by API clients; {@code agencyId} only counts on creation. */
    record PositionRequest(
            @Nullable UUID agencyId,
            @Nullable String name,
            @Nullable Boolean leadership,
            @Nullable Integer rankOrder,
            @Nullable Long version) {

        PositionDraft draft() {
            return new PositionDraft(name, Boolean.TRUE.equals(leadership), rankOrder);
        }
    }
}
