package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A citizen's or business's own dossiers over REST (for mobile apps and the portal's scripts): file online with an
 * {@code Idempotency-Key}, follow, supplement, download the result, rate. Token from {@code POST /api/v1/auth/token}
 * with the citizen account.
 */
@RestController
@RequestMapping("/api/v1/my-dossiers")
@PreAuthorize("hasAuthority('CITIZEN')")
@Tag(name = "Hồ sơ của tôi", description = "Công dân, doanh nghiệp nộp và theo dõi hồ sơ trực tuyến")
class CitizenDossierApi {

    private final OnlineIntake intake;

    CitizenDossierApi(OnlineIntake intake) {
        this.intake = intake;
    }

    @GetMapping
    @Operation(summary = "Hồ sơ của tôi, mới nhất trước")
    List<OnlineIntake.MyDossier> mine() {
        return intake.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Tình trạng và quá trình giải quyết một hồ sơ của tôi")
    PublicDossierStatus get(@PathVariable UUID id) {
        return DossierLookup.status(intake.get(id));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nộp hồ sơ trực tuyến: procedureId và tệp của từng thành phần (component-1, component-2…)")
    Filed submit(
            @RequestParam UUID procedureId,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            MultipartHttpServletRequest request) {
        DossierView d = intake.submit(procedureId, DossierFiles.uploads(request.getMultiFileMap()), key);
        return new Filed(d.id(), d.code(), d.state());
    }

    @PostMapping(path = "/{id}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Gửi hồ sơ bổ sung (component-N)")
    Filed supplement(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            MultipartHttpServletRequest request) {
        DossierView d = intake.supplement(id, version, DossierFiles.uploads(request.getMultiFileMap()));
        return new Filed(d.id(), d.code(), d.state());
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "Tải kết quả giải quyết (khi đã có kết quả)")
    ResponseEntity<InputStreamResource> result(@PathVariable UUID id) {
        return intake.result(id);
    }

    @PostMapping("/{id}/rating")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Đánh giá mức độ hài lòng (một lần, sau khi nhận kết quả)")
    void rate(@PathVariable UUID id, @RequestBody Rating body) {
        intake.rate(id, body.satisfaction(), body.comment());
    }

    /** A dossier as filed: its id, its code, where it stands. */
    record Filed(UUID id, String code, DossierState state) {}

    record Rating(@Nullable Satisfaction satisfaction, @Nullable String comment) {}
}
