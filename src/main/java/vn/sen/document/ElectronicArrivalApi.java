package vn.sen.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sen.signing.ValidationReport;

/**
 * Electronic arrivals over REST: the recipient agency's lists, one arrival, its files and signatures, and the clerk's
 * decisions. Errors: {@code ARRIVAL_NOT_FOUND} (404), {@code ARRIVAL_ALREADY_TAKEN} and {@code CONCURRENT_EDIT} (409),
 * the registration's field codes (400) and {@code DOCUMENT_DUPLICATE_SUSPECTED} (409).
 */
@RestController
@RequestMapping("/api/v1/electronic-arrivals")
@PreAuthorize("hasAuthority('STAFF')")
@Tag(name = "Văn bản điện tử đến", description = "Tiếp nhận hoặc trả lại văn bản điện tử gửi đến cơ quan")
class ElectronicArrivalApi {

    private final ArrivalReading reading;
    private final ArrivalDesk desk;

    ElectronicArrivalApi(ArrivalReading reading, ArrivalDesk desk) {
        this.reading = reading;
        this.desk = desk;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('DOC_REGISTER', 'DOC_ASSIGN')")
    @Operation(summary = "Văn bản chờ tiếp nhận (taken=false, khẩn trước) hoặc đã tiếp nhận/trả lại (taken=true)")
    ArrivalPage list(
            @RequestParam(defaultValue = "false") boolean taken,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return reading.list(taken, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản điện tử đến với siêu dữ liệu và tệp")
    ElectronicArrivalView get(@PathVariable UUID id) {
        return reading.get(id);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Tải tệp của văn bản điện tử đến")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        IncomingReading.Download d = reading.download(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(d.content()));
    }

    @GetMapping("/{id}/signatures")
    @Operation(summary = "Xác thực chữ ký số của tệp PDF chính")
    ValidationReport signatures(@PathVariable UUID id) {
        return reading.signatures(id);
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    @Operation(
            summary = "Tiếp nhận: vào sổ văn bản đến với các tệp đã nhận; trường nào gửi lên thì thay giá trị của bên"
                    + " gửi, bookId chọn sổ (mặc định sổ của năm)")
    IncomingDocumentView accept(@PathVariable UUID id, @RequestBody(required = false) @Nullable AcceptRequest request) {
        AcceptRequest r = request == null ? AcceptRequest.NONE : request;
        ElectronicArrivalView arrival = reading.get(id);
        return desk.accept(id, r.over(arrival), Boolean.TRUE.equals(r.confirmDuplicate()), r.version());
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('DOC_REGISTER')")
    @Operation(summary = "Trả lại văn bản điện tử đến, kèm lý do (bắt buộc)")
    ElectronicArrivalView returnToSender(@PathVariable UUID id, @RequestBody ReturnRequest request) {
        desk.returnToSender(id, request.reason(), request.version());
        return reading.get(id);
    }

    record AcceptRequest(
            @Nullable Long version,
            @Nullable Boolean confirmDuplicate,
            @Nullable UUID bookId,
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
            @Nullable String description) {

        static final AcceptRequest NONE = new AcceptRequest(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);

        /** The arrival's metadata with the fields this request gives. */
        IncomingDraft over(ElectronicArrivalView a) {
            return new IncomingDraft(
                    or(organId, a.organId()),
                    or(organName, a.organName()),
                    or(codeNumber, a.codeNumber()),
                    or(codeNotation, a.codeNotation()),
                    or(issuedDate, a.issuedDate()),
                    or(type, a.type()),
                    or(subject, a.subject()),
                    or(signerPosition, a.signerPosition()),
                    or(signerName, a.signerName()),
                    or(urgency, a.urgency()),
                    confidentiality,
                    or(pageAmount, a.pageAmount()),
                    or(dueDate, a.dueDate()),
                    or(toPlaces, a.toPlaces()),
                    description,
                    bookId);
        }

        private static <T> @Nullable T or(@Nullable T given, @Nullable T sent) {
            return given != null ? given : sent;
        }
    }

    record ReturnRequest(@Nullable String reason, @Nullable Long version) {}
}
