package vn.sen.exchange;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/** The rules a directory entry must meet; every refusal names its field and has a Vietnamese message. */
final class DirectoryRules {

    static final Pattern CODE = Pattern.compile("[A-Z]\\d{2}(\\.\\d+)*");
    static final Pattern EDXML = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    private DirectoryRules() {}

    /** A draft that passed the rules, normalized (codes upper-case, blanks as null). */
    record Checked(
            String code,
            @Nullable String edxmlCode,
            String name,
            Transport transport,
            @Nullable String endpoint,
            @Nullable String pinnedCertificate,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String successorCode) {}

    static Checked check(DirectoryDraft draft) {
        String code = code(draft.code(), "code");
        if (code == null) {
            throw SenException.invalidField("code", "EXCHANGE_DIRECTORY_CODE_REQUIRED");
        }
        String edxml = blankToNull(draft.edxmlCode());
        if (edxml != null) {
            edxml = edxml.toUpperCase(Locale.ROOT);
            if (!EDXML.matcher(edxml).matches()) {
                throw SenException.invalidField("edxmlCode", "EXCHANGE_DIRECTORY_EDXML_INVALID", edxml);
            }
        }
        String name = blankToNull(draft.name());
        if (name == null || name.length() > 300) {
            throw SenException.invalidField("name", "EXCHANGE_DIRECTORY_NAME_REQUIRED");
        }
        if (draft.transport() == null) {
            throw SenException.invalidField("transport", "EXCHANGE_DIRECTORY_TRANSPORT_REQUIRED");
        }
        String endpoint = endpoint(draft.transport(), blankToNull(draft.endpoint()));
        String pem = blankToNull(draft.pinnedCertificate());
        if (pem != null) {
            certificates(pem, true);
        }
        if (draft.validFrom() == null) {
            throw SenException.invalidField("validFrom", "EXCHANGE_DIRECTORY_VALID_FROM_REQUIRED");
        }
        if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            throw SenException.invalidField("validTo", "EXCHANGE_DIRECTORY_VALID_TO_BEFORE_FROM");
        }
        String successor = code(draft.successorCode(), "successorCode");
        if (successor != null && successor.equals(code)) {
            throw SenException.invalidField("successorCode", "EXCHANGE_DIRECTORY_SUCCESSOR_SELF");
        }
        return new Checked(
                code, edxml, name, draft.transport(), endpoint, pem, draft.validFrom(), draft.validTo(), successor);
    }

    private static @Nullable String code(@Nullable String value, String field) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw SenException.invalidField(field, "EXCHANGE_DIRECTORY_CODE_INVALID", code);
        }
        return code;
    }

    private static @Nullable String endpoint(Transport transport, @Nullable String endpoint) {
        if (endpoint == null) {
            if (transport == Transport.HTTP) {
                throw SenException.invalidField("endpoint", "EXCHANGE_DIRECTORY_ENDPOINT_REQUIRED");
            }
            return null;
        }
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw SenException.invalidField("endpoint", "EXCHANGE_DIRECTORY_ENDPOINT_INVALID");
            }
            return endpoint;
        } catch (URISyntaxException e) {
            throw SenException.invalidField("endpoint", "EXCHANGE_DIRECTORY_ENDPOINT_INVALID");
        }
    }

    /** The certificates of a PEM text (one or more); refuses unreadable text when {@code strict}. */
    static List<X509Certificate> certificates(@Nullable String pem, boolean strict) {
        if (pem == null || pem.isBlank()) {
            return List.of();
        }
        try {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.trim().getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> certificates = new ArrayList<>();
            read.forEach(c -> certificates.add((X509Certificate) c));
            if (certificates.isEmpty() && strict) {
                throw SenException.invalidField("pinnedCertificate", "EXCHANGE_DIRECTORY_PEM_INVALID");
            }
            return certificates;
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof SenException refusal) {
                throw refusal;
            }
            if (strict) {
                throw SenException.invalidField("pinnedCertificate", "EXCHANGE_DIRECTORY_PEM_INVALID");
            }
            return List.of();
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
