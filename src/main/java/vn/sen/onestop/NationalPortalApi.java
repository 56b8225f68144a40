package vn.sen.onestop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ApiError;
import vn.sen.shared.web.ErrorMessages;

/**
 * Where the national portal hands dossiers over (điểm nhận hồ sơ từ Cổng Dịch vụ công quốc gia). The portal is a
 * machine without an account here: the shared key {@code sen.national-portal.key}, in the header
 * {@value NationalPortalSettings#KEY_HEADER}, is its credential (no key configured: the connector is off and answers
 * 404). 200 carries Sen's dossier code, the first time and on every replay; a refusal is {@code {"code","message"}}
 * with a Vietnamese message, and sending the same message again will be refused again.
 */
@RestController
@Tag(name = "Cổng Dịch vụ công quốc gia", description = "Nhận hồ sơ từ Cổng DVCQG và đồng bộ trạng thái")
class NationalPortalApi {

    static final String DOSSIERS = "/api/v1/national-portal/dossiers";

    private final NationalPortalIntake intake;
    private final NationalPortalSettings settings;
    private final JsonMapper json;
    private final ErrorMessages messages;

    NationalPortalApi(
            NationalPortalIntake intake, NationalPortalSettings settings, JsonMapper json, ErrorMessages messages) {
        this.intake = intake;
        this.settings = settings;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping(path = DOSSIERS, produces = MediaType.APPLICATION_JSON_VALUE)
    // Open to the web by design: the portal has no account; the shared key, checked below, is its credential.
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Nhận một hồ sơ do Cổng Dịch vụ công quốc gia chuyển về",
            description = "Thân yêu cầu: JSON theo docs/national-portal.md (MaThongDiep, MaHoSoQG, MaTTHC, MaCoQuan,"
                    + " KenhThucHien = 2, NgayNopHoSo, ChuHoSo, TaiLieuNop). Khóa kết nối trong tiêu đề "
                    + NationalPortalSettings.KEY_HEADER + ". Trả lời {MaHoSoQG, MaHoSo, ThoiDiemNhanHoSo}.")
    ResponseEntity<?> receive(
            HttpServletRequest request,
            @RequestHeader(name = NationalPortalSettings.KEY_HEADER, required = false) @Nullable String key)
            throws IOException {
        if (!settings.receiving) {
            throw SenException.notFound("NATIONAL_PORTAL_OFF");
        }
        if (!settings.keyMatches(key)) {
            throw new SenException(ErrorKind.UNAUTHORIZED, "NATIONAL_PORTAL_KEY_INVALID", null);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxMessageBytes + 1));
        }
        if (body.length > settings.maxMessageBytes) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(new ApiError(
                            "NATIONAL_PORTAL_TOO_LARGE",
                            messages.of("error.NATIONAL_PORTAL_TOO_LARGE", String.valueOf(settings.maxMessageBytes))));
        }
        PortalMessage message = parse(body);
        String answer;
        try {
            answer = intake.receive(message);
        } catch (DataIntegrityViolationException e) {
            // The same dossier arriving twice at once: the second waited for the first and collided; it is known now.
            answer = intake.receive(message);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    private PortalMessage parse(byte[] body) {
        PortalMessage message;
        try {
            message = json.readValue(body, PortalMessage.class);
        } catch (JacksonException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw SenException.invalid("NATIONAL_PORTAL_MALFORMED", path.isEmpty() ? "—" : path);
        }
        if (message == null) {
            throw SenException.invalid("NATIONAL_PORTAL_MALFORMED", "—");
        }
        return message;
    }
}
