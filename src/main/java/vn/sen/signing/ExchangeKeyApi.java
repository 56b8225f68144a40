package vn.sen.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Exchange keys (khóa ký gói tin liên thông): the public certificate peers pin, and its replacement. */
@RestController
@RequestMapping("/api/v1/exchange-keys")
@Tag(name = "Khóa ký gói tin liên thông", description = "The agency keys that sign edXML packets")
class ExchangeKeyApi {

    static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

    private final ExchangeKeys keys;

    ExchangeKeyApi(ExchangeKeys keys) {
        this.keys = keys;
    }

    /** Open without authentication (see {@link ExchangeKeySecurity}): peers fetch it to pin it. */
    @GetMapping("/{agencyCode}/certificate")
    @Operation(summary = "The agency's packet-signing certificate (PEM), by QĐ 20 code or edXML OrganId; public")
    ResponseEntity<String> certificate(@PathVariable String agencyCode) {
        return ResponseEntity.ok()
                .contentType(PEM)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(agencyCode) + "\"")
                .body(keys.pemOf(agencyCode));
    }

    @PostMapping(path = "/{agencyId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    @Operation(summary = "Replace the agency's exchange key with a PKCS#12 (one private key, certificate valid now)")
    ExchangeCertificate replace(
            @PathVariable UUID agencyId, @RequestParam MultipartFile pkcs12, @RequestParam String password) {
        keys.replace(agencyId, bytes(pkcs12), password.toCharArray());
        return keys.describe(agencyId);
    }

    static String fileName(String agencyCode) {
        return "exchange-" + agencyCode.replaceAll("[^A-Za-z0-9.]", "_") + ".pem";
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
