package vn.sen.exchange.edxml;

import java.security.cert.X509Certificate;
import org.jspecify.annotations.Nullable;

/**
 * A packet that cannot be accepted: the code ({@code EDXML_MALFORMED}, {@code EDXML_SIGNATURE_INVALID}, ...) has a
 * Vietnamese reason {@code error.CODE} in {@code messages/edxml_vi.properties}; {@code detail} is for logs. A packet
 * refused for its content after its signature verified names the signer, so that the receiver can decide whether the
 * sender it claims is real enough to be told why.
 */
public class EdxmlRejected extends RuntimeException {

    private final String code;
    private final transient Object[] args;
    private final transient @Nullable X509Certificate signer;

    public EdxmlRejected(String code, String detail, Object... args) {
        this(code, detail, null, args);
    }

    private EdxmlRejected(String code, String detail, @Nullable X509Certificate signer, Object... args) {
        super(code + ": " + detail);
        this.code = code;
        this.args = args.clone();
        this.signer = signer;
    }

    /** The same refusal, for a packet whose signature verified with {@code certificate}. */
    EdxmlRejected signedBy(X509Certificate certificate) {
        EdxmlRejected signed = new EdxmlRejected(code, getMessage().substring(code.length() + 2), certificate, args);
        signed.setStackTrace(getStackTrace());
        return signed;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The certificate the packet's signature verified with; null when it was refused before or at that check. */
    public @Nullable X509Certificate signer() {
        return signer;
    }
}
