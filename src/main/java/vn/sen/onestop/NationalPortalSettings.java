package vn.sen.onestop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the national-portal connector (kết nối Cổng Dịch vụ công quốc gia) is set up: the shared key the portal presents
 * (empty: the connector does not receive), where status updates go (empty: they wait in the outbox), which dossiers
 * are pushed, the retry schedule of the outbox, the limits on received messages and the life of result links.
 */
@Component
class NationalPortalSettings {

    /** Which dossiers have their status pushed to the portal. */
    enum Scope {
        /** Only the dossiers the portal handed over (the default). */
        NATIONAL_PORTAL,
        /** Those, and the dossiers filed online on Sen's own portal. */
        ONLINE,
        /** Every dossier, also those received at the desk or by post (indicator 1.4 of Decision 766 counts them). */
        ALL
    }

    /** The header the shared key travels in, both ways. */
    static final String KEY_HEADER = "X-Portal-Key";

    private final byte[] keyDigest;
    final boolean receiving;
    final String key;
    final String url;
    final Duration connectTimeout;
    final Duration readTimeout;
    final Scope scope;
    final Duration retryDelay;
    final Duration maxRetryDelay;
    final int maxAttempts;
    final long maxMessageBytes;
    final long maxFilesBytes;
    final int maxFiles;
    final Duration resultLinkValidity;
    final String publicUrl;

    NationalPortalSettings(
            @Value("${sen.national-portal.key:}") String key,
            @Value("${sen.national-portal.url:}") String url,
            @Value("${sen.national-portal.connect-timeout:5s}") Duration connectTimeout,
            @Value("${sen.national-portal.read-timeout:20s}") Duration readTimeout,
            @Value("${sen.national-portal.push:NATIONAL_PORTAL}") Scope scope,
            @Value("${sen.national-portal.retry-delay:5s}") Duration retryDelay,
            @Value("${sen.national-portal.max-retry-delay:30m}") Duration maxRetryDelay,
            @Value("${sen.national-portal.max-attempts:20}") int maxAttempts,
            @Value("${sen.national-portal.max-message-bytes:73400320}") long maxMessageBytes,
            @Value("${sen.national-portal.max-files-bytes:52428800}") long maxFilesBytes,
            @Value("${sen.national-portal.max-files:" + FilingRules.MAX_FILES + "}") int maxFiles,
            @Value("${sen.national-portal.result-link-validity:30d}") Duration resultLinkValidity,
            @Value("${sen.public-url:http://localhost:8080}") String publicUrl) {
        this.key = key.strip();
        this.receiving = !this.key.isEmpty();
        this.keyDigest = digest(this.key);
        this.url = url.strip();
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.scope = scope;
        this.retryDelay = retryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.maxMessageBytes = maxMessageBytes;
        this.maxFilesBytes = maxFilesBytes;
        this.maxFiles = Math.min(maxFiles, FilingRules.MAX_FILES);
        this.resultLinkValidity = resultLinkValidity;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * The key presented equals the configured one. Both are hashed first and compared in constant time, so neither
     * the content nor the length of the key leaks through the time a refusal takes.
     */
    boolean keyMatches(@Nullable String presented) {
        return receiving && presented != null && MessageDigest.isEqual(keyDigest, digest(presented.strip()));
    }

    /** The wait before attempt {@code attempts + 1}: doubled each time, never more than the cap. */
    Duration backoff(int attempts) {
        Duration next = retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return next.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : next;
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
