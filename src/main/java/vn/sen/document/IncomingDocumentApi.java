package vn.sen.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Incoming documents over REST: registration (multipart), work lists, reading, files and the routing steps. */
@RestController
@RequestMapping("/api/v1/incoming-documents")
@PreAuthorize("hasAuthority('STAFF')")
@Tag(name = "Văn bản đến", description = "Vào sổ, trình, phân công, xử lý và hoàn thành văn bản đến")
class IncomingDocumentApi {

    private final IncomingRegistration registration;
    private final IncomingRouting routing;
    private final IncomingProcessing processing;
    private final IncomingReading reading;
    private final IncomingLists lists;
    private final IncomingBookAdministration books;

    IncomingDocumentApi(
            IncomingRegistration registration,
            IncomingRouting routing,
            IncomingProcessing processing,
            IncomingReading reading,
            IncomingLists lists,
            IncomingBookAdministration books) {
        this.registration = registration;
        this.routing = routing;
        this.processing = processing;
        this.reading = reading;
        this.lists = lists;
        this.books = books;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    @Operation(summary = "Vào sổ văn bản đến: phần 'metadata' (JSON) và các phần 'files' (tệp đầu là tệp PDF chính)")
    IncomingDocumentView register(
            @RequestPart("metadata") RegistrationRequest metadata,
            @RequestPart(value = "files", required = false) @Nullable List<MultipartFile> files) {
        List<MultipartFile> parts = files == null ? List.of() : files;
        Upload main = parts.isEmpty() ? null : upload(parts.get(0));
        List<Upload> others =
                parts.stream().skip(1).map(IncomingDocumentApi::upload).toList();
        return registration.register(metadata.draft(), main, others, metadata.key(), metadata.confirmed());
    }

    @GetMapping
    @Operation(summary = "Danh sách văn bản đến theo danh sách công việc, lọc, sắp xếp và phân trang")
    IncomingPage list(
            @RequestParam(required = false) @Nullable WorkList list,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @Nullable String organName,
            @RequestParam(required = false) @Nullable Urgency urgency,
            @RequestParam(required = false) @Nullable IncomingStatus status,
            @RequestParam(required = false) @Nullable UUID handlerId,
            @RequestParam(required = false) @Nullable DeadlineState deadlineState,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "false") boolean ascending,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return lists.find(new IncomingFilter(
                list,
                from,
                to,
                type,
                organName,
                urgency,
                status,
                handlerId,
                deadlineState,
                sort,
                ascending,
                page,
                size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản đến với tệp, phân công và quá trình xử lý")
    IncomingDocumentView get(@PathVariable UUID id) {
        return reading.get(id);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Tải tệp của văn bản đến")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        IncomingReading.Download d = reading.download(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(d.content()));
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    @Operation(summary = "Trình lãnh đạo (leaderId) hoặc chuyển thẳng đơn vị (unitId) khi cơ quan cho phép")
    IncomingDocumentView submit(@PathVariable UUID id, @RequestBody SubmitRequest request) {
        if (request.unitId() != null) {
            return routing.submitToUnit(id, request.unitId(), request.version());
        }
        return routing.submit(id, request.leaderId(), request.version());
    }

    @PostMapping("/{id}/assignments")
    @PreAuthorize("hasAuthority('DOC_ASSIGN')")
    @Operation(summary = "Phân công: ý kiến chỉ đạo, xử lý chính, phối hợp, nhận để biết, hạn xử lý")
    IncomingDocumentView assign(@PathVariable UUID id, @RequestBody AssignRequest request) {
        return routing.assign(
                id,
                new AssignmentPlan(
                        request.opinion(),
                        request.main(),
                        request.coordinators(),
                        request.informed(),
                        request.deadlineDays(),
                        request.deadlineDate(),
                        request.version()));
    }

    @PostMapping("/{id}/assignments/{assignmentId}/hand-over")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    @Operation(summary = "Giao lại (lãnh đạo phòng trong phòng) hoặc chuyển tiếp (người xử lý)")
    IncomingDocumentView handOver(
            @PathVariable UUID id, @PathVariable UUID assignmentId, @RequestBody HandOverRequest request) {
        return routing.handOver(
                id, assignmentId, request.to(), request.opinion(), request.deadlineDays(), request.deadlineDate());
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    @Operation(summary = "Ghi chú xử lý")
    IncomingDocumentView note(@PathVariable UUID id, @RequestBody TextRequest request) {
        return processing.addNote(id, request.text());
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    @Operation(summary = "Thêm tệp trong khi xử lý")
    IncomingDocumentView addFile(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        return processing.addFile(id, upload(file));
    }

    @PostMapping("/{id}/opinion-requests")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    @Operation(summary = "Xin ý kiến phối hợp")
    IncomingDocumentView askOpinion(@PathVariable UUID id, @RequestBody OpinionRequest request) {
        return processing.askOpinion(id, request.from(), request.text());
    }

    @PostMapping("/{id}/opinions")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    @Operation(summary = "Cho ý kiến (người phối hợp)")
    IncomingDocumentView giveOpinion(@PathVariable UUID id, @RequestBody TextRequest request) {
        return processing.giveOpinion(id, request.text());
    }

    @PostMapping("/{id}/reply-proposal")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    @Operation(summary = "Đề xuất trả lời (người xử lý chính)")
    IncomingDocumentView proposeReply(@PathVariable UUID id, @RequestBody TextRequest request) {
        return processing.proposeReply(id, request.text());
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize("hasAnyAuthority('DOC_ASSIGN', 'DOC_PROCESS')")
    @Operation(summary = "Hoàn thành xử lý (chỉ người xử lý chính)")
    IncomingDocumentView complete(@PathVariable UUID id, @RequestBody CompleteRequest request) {
        return processing.complete(id, request.summary(), request.version());
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    @Operation(summary = "Trả lại văn bản gửi nhầm, kèm lý do")
    IncomingDocumentView returnToSender(@PathVariable UUID id, @RequestBody ReturnRequest request) {
        return routing.returnToSender(id, request.reason(), request.version());
    }

    @GetMapping("/books")
    @Operation(summary = "Sổ văn bản đến của cơ quan trong năm")
    List<RegisterBookView> books(@RequestParam(required = false) @Nullable Integer year) {
        return books.books(year);
    }

    @PostMapping("/books")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('ORG_UNIT_MANAGE')")
    @Operation(summary = "Thêm sổ văn bản đến (ví dụ sổ văn bản mật với danh sách người được xem)")
    RegisterBookView addBook(@RequestBody BookRequest request) {
        return books.addBook(
                request.year(),
                request.code(),
                request.name(),
                request.confidential(),
                request.readers() == null ? Set.of() : request.readers());
    }

    private static Upload upload(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
        return new Upload(name, file);
    }

    record RegistrationRequest(
            @Nullable String submissionKey,
            @Nullable Boolean confirmDuplicate,
            @Nullable String organId,
            @Nullable String organName,
            @Nullable String codeNumber,
            @Nullable String codeNotation,
            @Nullable LocalDate issuedDate,
            @Nullable DocumentType type,
            @Nullable String subject,
            @Nullable String signerPosition,
            @Nullable String signerName,
            @Nullable Urgency urgency,
            @Nullable Confidentiality confidentiality,
            @Nullable Integer pageAmount,
            @Nullable LocalDate dueDate,
            @Nullable String toPlaces,
            @Nullable String description,
            @Nullable UUID bookId) {

        IncomingDraft draft() {
            return new IncomingDraft(
                    organId,
                    organName,
                    codeNumber,
                    codeNotation,
                    issuedDate,
                    type,
                    subject,
                    signerPosition,
                    signerName,
                    urgency,
                    confidentiality,
                    pageAmount,
                    dueDate,
                    toPlaces,
                    description,
                    bookId);
        }

        /** Without a key from the client, every call registers. */
        String key() {
            return submissionKey == null ? UUID.randomUUID().toString() : submissionKey;
        }

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmDuplicate);
        }
    }

    record SubmitRequest(@Nullable UUID leaderId, @Nullable UUID unitId, @Nullable Long version) {}

    record AssignRequest(
            @Nullable String opinion,
            @Nullable HandlerRef main,
            @Nullable List<HandlerRef> coordinators,
            @Nullable List<HandlerRef> informed,
            @Nullable Integer deadlineDays,
            @Nullable LocalDate deadlineDate,
            @Nullable Long version) {}

    record HandOverRequest(
            @Nullable HandlerRef to,
            @Nullable String opinion,
            @Nullable Integer deadlineDays,
            @Nullable LocalDate deadlineDate) {}

    record TextRequest(@Nullable String text) {}

    record OpinionRequest(@Nullable HandlerRef from, @Nullable String text) {}

    record CompleteRequest(@Nullable String summary, @Nullable Long version) {}

    record ReturnRequest(@Nullable String reason, @Nullable Long version) {}

    record BookRequest(
            @Nullable Integer year,
            @Nullable String code,
            @Nullable String name,
            @Nullable Boolean confidential,
            @Nullable Set<UUID> readers) {}
}
