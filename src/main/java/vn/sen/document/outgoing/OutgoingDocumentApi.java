package vn.sen.document.outgoing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.sen.audit.AuditTrail;
import vn.sen.document.DocumentType;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/** Outgoing documents over REST: drafting (multipart), versions and their comparison, the review chain, lists. */
@RestController
@RequestMapping("/api/v1/outgoing-documents")
@PreAuthorize("hasAuthority('STAFF')")
@Tag(name = "Văn bản đi", description = "Soạn thảo, phiên bản dự thảo, trình duyệt văn bản đi")
class OutgoingDocumentApi {

    private final OutgoingDrafting drafting;
    private final OutgoingReview review;
    private final OutgoingReading reading;
    private final OutgoingLists lists;
    private final ReviewChains chains;
    private final AuditTrail audit;

    OutgoingDocumentApi(
            OutgoingDrafting drafting,
            OutgoingReview review,
            OutgoingReading reading,
            OutgoingLists lists,
            ReviewChains chains,
            AuditTrail audit) {
        this.drafting = drafting;
        this.review = review;
        this.reading = reading;
        this.lists = lists;
        this.chains = chains;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('DOC_PROCESS')")
    @Operation(summary = "Tạo dự thảo: phần 'metadata' (JSON), phần 'body' (PDF hoặc DOCX) và các phần 'attachments'")
    OutgoingDocumentView create(
            @RequestPart("metadata") OutgoingDraft metadata,
            @RequestPart(value = "body", required = false) @Nullable MultipartFile body,
            @RequestPart(value = "attachments", required = false) @Nullable List<MultipartFile> attachments) {
        return drafting.create(metadata, upload(body), uploads(attachments));
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('DOC_PROCESS', 'DOC_REVIEW')")
    @Operation(summary = "Phiên bản dự thảo mới (người soạn thảo, hoặc người duyệt đang giữ văn bản)")
    OutgoingDocumentView newVersion(
            @PathVariable UUID id,
            @RequestPart(value = "body", required = false) @Nullable MultipartFile body,
            @RequestPart(value = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable Long version) {
        return drafting.newVersion(id, upload(body), uploads(attachments), note, version);
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAuthority('DOC_PROCESS')")
    @Operation(summary = "Trình duyệt (reviewerId khi có nhiều người duyệt ở bước đầu)")
    OutgoingDocumentView submit(@PathVariable UUID id, @RequestBody SubmitRequest request) {
        return review.submit(id, request.reviewerId(), request.version());
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasAuthority('DOC_REVIEW')")
    @Operation(summary = "Duyệt: chuyển bước tiếp theo, hoặc duyệt ký khi là người ký")
    OutgoingDocumentView approve(@PathVariable UUID id, @RequestBody ApproveRequest request) {
        return review.approve(id, request.nextReviewerId(), request.comment(), request.version());
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('DOC_REVIEW')")
    @Operation(summary = "Trả lại người soạn thảo, kèm ý kiến")
    OutgoingDocumentView returnToDrafter(@PathVariable UUID id, @RequestBody ReturnRequest request) {
        return review.returnToDrafter(id, request.comment(), request.version());
    }

    @GetMapping
    @Operation(summary = "Danh sách văn bản đi theo danh sách công việc, lọc và phân trang")
    OutgoingPage list(
            @RequestParam(required = false) @Nullable OutgoingWorkList list,
            @RequestParam(required = false) @Nullable OutgoingStatus status,
            @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return lists.find(new OutgoingFilter(list, status, type, from, to, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản đi với phiên bản, nơi nhận và quá trình trình duyệt")
    OutgoingDocumentView get(@PathVariable UUID id) {
        return reading.get(id);
    }

    @GetMapping("/{id}/comparison")
    @Operation(summary = "So sánh nội dung chữ của hai phiên bản, từng dòng")
    VersionComparison compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return reading.compare(id, from, to);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Tải tệp của văn bản đi (PDF, DOCX của phiên bản, tài liệu kèm theo)")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        return OutgoingDocumentApi.file(reading.download(id, fileId), false);
    }

    @GetMapping("/review-chain")
    @Operation(summary = "Quy trình duyệt văn bản đi của cơ quan")
    List<ReviewRole> reviewChain() {
        return chains.chainOf(OutgoingAccess.staffActor().agencyId());
    }

    @PutMapping("/review-chain")
    @PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
    @Operation(summary = "Đặt quy trình duyệt của cơ quan (ví dụ bỏ bước lãnh đạo phòng: [\"AGENCY_LEADER\"])")
    List<ReviewRole> changeReviewChain(@RequestBody List<ReviewRole> roles) {
        Actor actor = CurrentActor.require();
        if (actor.agencyId() == null) {
            throw SenException.forbidden("OUTGOING_DRAFT_FORBIDDEN");
        }
        chains.change(actor.agencyId(), roles);
        audit.record(
                "OUTGOING_REVIEW_CHAIN_CHANGED", "Agency", actor.agencyId().toString(), actor.agencyId(), null, roles);
        return chains.chainOf(actor.agencyId());
    }

    static ResponseEntity<InputStreamResource> file(OutgoingReading.Download d, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(d.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }

    static @Nullable Upload upload(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
        return new Upload(name, file);
    }

    static List<Upload> uploads(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .map(OutgoingDocumentApi::upload)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    record SubmitRequest(@Nullable UUID reviewerId, @Nullable Long version) {}

    record ApproveRequest(@Nullable UUID nextReviewerId, @Nullable String comment, @Nullable Long version) {}

    record ReturnRequest(@Nullable String comment, @Nullable Long version) {}
}
