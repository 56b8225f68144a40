package vn.sen.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/** Signing and validating PDFs, filing keys and images (REST). Use cases audit themselves. */
@RestController
@RequestMapping("/api/v1/signatures")
@Tag(name = "Ký số", description = "PAdES signatures per Decree 30/2020: sign, validate, keys and images")
class SignatureApi {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final PdfSignatures signatures;
    private final HolderAccess access;
    private final KeyFiling filing;
    private final ImageShelf shelf;

    SignatureApi(PdfSignatures signatures, HolderAccess access, KeyFiling filing, ImageShelf shelf) {
        this.signatures = signatures;
        this.access = access;
        this.filing = filing;
        this.shelf = shelf;
    }

    @PostMapping(path = "/sign", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('DOC_SIGN', 'DOC_ISSUE')")
    @Operation(
            summary = "Sign a PDF with a key Sen holds (your own, or your agency's as its clerk), unlocked by the PIN")
    ResponseEntity<byte[]> sign(
            @RequestParam MultipartFile pdf,
            @RequestParam SignatureLook look,
            @RequestParam String pin,
            @RequestParam(required = false) @Nullable UUID holderId,
            @RequestParam(required = false) @Nullable String signerName,
            @RequestParam(required = false) @Nullable String markText) {
        SignatureOrder order =
                new SignatureOrder(bytes(pdf), look, holderOrDefault(holderId, look), pin, signerName, markText);
        return signedPdf(signatures.sign(order));
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('STAFF')")
    @Operation(summary = "Validate every signature of a PDF")
    ValidationReport validate(@RequestParam MultipartFile pdf) {
        return signatures.validate(bytes(pdf));
    }

    @PostMapping(path = "/external", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('DOC_SIGN', 'DOC_ISSUE')")
    @Operation(
            summary = "Start an external (hash) signing: send the PDF and your certificate chain (DER files, signer"
                    + " first); sign the returned data with SHA256 within 10 minutes")
    ExternalSigning prepare(
            @RequestParam MultipartFile pdf,
            @RequestParam SignatureLook look,
            @RequestParam("chain") List<MultipartFile> chain,
            @RequestParam(required = false) @Nullable UUID holderId,
            @RequestParam(required = false) @Nullable String signerName,
            @RequestParam(required = false) @Nullable String markText) {
        List<byte[]> der = new ArrayList<>();
        chain.forEach(c -> der.add(bytes(c)));
        SignatureOrder order =
                new SignatureOrder(bytes(pdf), look, holderOrDefault(holderId, look), null, signerName, markText);
        return signatures.prepare(order, der);
    }

    @PostMapping(path = "/external/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('DOC_SIGN', 'DOC_ISSUE')")
    @Operation(summary = "Finish an external signing with the signature value (Base64); returns the signed PDF")
    ResponseEntity<byte[]> complete(@PathVariable UUID id, @RequestBody SignatureValueBody body) {
        byte[] value;
        try {
            value = Base64.getDecoder().decode(body.signatureValue());
        } catch (IllegalArgumentException e) {
            throw SenException.invalidField("signatureValue", "SIGNING_EXTERNAL_SIGNATURE_INVALID");
        }
        return signedPdf(signatures.complete(id, value));
    }

    @PutMapping(path = "/keys/persons/{accountId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    @Operation(summary = "File a person's PKCS#12 key (checked with its PIN, encrypted at rest; the PIN is not kept)")
    CertificateOnFile personKey(
            @PathVariable UUID accountId, @RequestParam MultipartFile p12, @RequestParam String pin) {
        return filing.fileServerKey(accountId, HolderKind.PERSON, bytes(p12), pin);
    }

    @PutMapping(path = "/keys/agencies/{agencyId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    @Operation(summary = "File the agency's PKCS#12 key (the seal certificate)")
    CertificateOnFile agencyKey(
            @PathVariable UUID agencyId, @RequestParam MultipartFile p12, @RequestParam String pin) {
        return filing.fileServerKey(agencyId, HolderKind.AGENCY, bytes(p12), pin);
    }

    @PutMapping(path = "/keys/{kind}/{holderId}/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    @Operation(summary = "Name the holder's key on the PKCS#11 token or HSM (kind: persons or agencies)")
    CertificateOnFile tokenKey(@PathVariable String kind, @PathVariable UUID holderId, @RequestBody TokenKeyBody body) {
        HolderKind holderKind =
                switch (kind) {
                    case "persons" -> HolderKind.PERSON;
                    case "agencies" -> HolderKind.AGENCY;
                    default -> throw SenException.notFound("SIGNING_HOLDER_NOT_FOUND");
                };
        return filing.fileTokenKey(holderId, holderKind, body.alias(), body.slot(), body.pin());
    }

    @PutMapping(path = "/images/persons/{accountId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('STAFF')")
    @Operation(summary = "File a person's signature image (transparent PNG, ≤ 1 MB, ≤ 2000×2000): theirs or as admin")
    SignerProfile personImage(@PathVariable UUID accountId, @RequestParam MultipartFile image) {
        shelf.fileSignatureImage(accountId, bytes(image));
        return signatures.profileOf(accountId);
    }

    @PutMapping(path = "/images/agencies/{agencyId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    @Operation(summary = "File the agency's seal image (transparent PNG) and the seal's real diameter in mm")
    SignerProfile sealImage(
            @PathVariable UUID agencyId,
            @RequestParam MultipartFile image,
            @RequestParam(required = false) @Nullable Double diameterMm) {
        shelf.fileSealImage(agencyId, bytes(image), diameterMm);
        return signatures.profileOf(agencyId);
    }

    @GetMapping("/profiles/{holderId}")
    @PreAuthorize("hasAuthority('STAFF')")
    @Operation(summary = "Whether a person (account id) or an agency has a key and an image on file")
    SignerProfile profile(@PathVariable UUID holderId) {
        access.visible(holderId);
        return signatures.profileOf(holderId);
    }

    /** Without a holder: your own key for PERSON, your agency's for AGENCY and ATTACHMENT. */
    private static UUID holderOrDefault(@Nullable UUID holderId, SignatureLook look) {
        if (holderId != null) {
            return holderId;
        }
        Actor actor = CurrentActor.require();
        if (look == SignatureLook.PERSON) {
            return actor.onBehalfOf() != null ? actor.onBehalfOf().accountId() : actor.accountId();
        }
        if (actor.agencyId() == null) {
            throw SenException.notFound("SIGNING_KEY_NOT_FOUND");
        }
        return actor.agencyId();
    }

    private static ResponseEntity<byte[]> signedPdf(SignedPdf signed) {
        return ResponseEntity.ok()
                .contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signed.pdf\"")
                .header("X-Sen-Certificate-Serial", signed.certificateSerial())
                .header("X-Sen-Signature-Level", signed.level())
                .header("X-Sen-Signed-At", signed.signedAt().toString())
                .body(signed.pdf());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SignatureValueBody(String signatureValue) {}

    record TokenKeyBody(String alias, @Nullable Long slot, String pin) {}
}
