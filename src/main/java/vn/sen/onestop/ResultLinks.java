package vn.sen.onestop;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The link to an electronic result the national portal is given (DuongDanTepTinKetQua): Sen's public address, the
 * dossier, an expiry and an HMAC-SHA-256 signature over the dossier, the result file and the expiry, with a key derived
 * from the connector's shared key. Whoever holds the link can fetch that one result until it expires — the portal, to
 * put it in the applicant's data store, or the applicant it forwards the link to; nobody can forge or extend one.
 * Without a shared key no link is made.
 */
@Component
class ResultLinks {

    static final String PATH = "/dich-vu-cong/ket-qua/";

    private final NationalPortalSettings settings;
    private final Clock clock;
    private final byte @Nullable [] secret;

    ResultLinks(NationalPortalSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // A key of its own, derived from the shared key, so that a signature says nothing about the shared key's use.
        this.secret =
                settings.key.isEmpty() ? null : hmac(settings.key.getBytes(StandardCharsets.UTF_8), "result-link");
    }

    /** The signed link, or null when the connector has no key. */
    @Nullable
    String link(UUID dossierId, UUID resultFileId, Instant expires) {
        if (secret == null) {
            return null;
        }
        long until = expires.getEpochSecond();
        return settings.publicUrl + PATH + dossierId + "?het-han=" + until + "&chu-ky="
                + signature(secret, dossierId, resultFileId, until);
    }

    /** The link is Sen's, unexpired, and for this result file. */
    boolean valid(UUID dossierId, UUID resultFileId, long expires, @Nullable String signature) {
        if (secret == null || signature == null || clock.instant().getEpochSecond() > expires) {
            return false;
        }
        byte[] expected = signature(secret, dossierId, resultFileId, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String signature(byte[] secret, UUID dossierId, UUID fileId, long expires) {
        byte[] mac = hmac(secret, dossierId + "|" + fileId + "|" + expires);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
