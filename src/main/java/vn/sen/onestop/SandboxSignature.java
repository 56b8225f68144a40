package vn.sen.onestop;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * The sandbox gateway's signature (chữ ký của cổng thanh toán thử nghiệm): HMAC-SHA256 with the shared secret over a
 * canonical string — the signed fields in alphabetical order, {@code name=value} with each value percent-encoded in
 * UTF-8, joined by {@code &}. Encoding the values means no value can smuggle in a separator and turn into another
 * field; fixing the list means an added field cannot change what was signed. The signature is lower-case hex.
 */
final class SandboxSignature {

    static final String SIGNATURE = "signature";

    /** The signed fields, in canonical (alphabetical) order. */
    static final List<String> FIELDS = List.of("amount", "reference", "result", "timestamp", "transaction");

    private SandboxSignature() {}

    static String canonical(Map<String, String> fields) {
        return FIELDS.stream()
                .map(name -> name + "=" + URLEncoder.encode(required(fields, name), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String sign(String secret, Map<String, String> fields) {
        return HexFormat.of().formatHex(hmac(secret, canonical(fields)));
    }

    /** Compares in constant time, so that timing does not reveal how much of a forged signature was right. */
    static boolean valid(String secret, Map<String, String> fields) {
        String given = fields.get(SIGNATURE);
        if (given == null) {
            return false;
        }
        byte[] expected = sign(secret, fields).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String required(Map<String, String> fields, String name) {
        @Nullable String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw SenException.invalid("PAYMENT_SIGNATURE_INVALID");
        }
        return value;
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
