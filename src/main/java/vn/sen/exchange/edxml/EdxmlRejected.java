package vn.sen.exchange.edxml;

/**
 * A packet that cannot be accepted: the code ({@code EDXML_MALFORMED}, {@code EDXML_SIGNATURE_INVALID}, ...) has a
 * Vietnamese reason {@code error.CODE} in {@code messages/exchange_vi.properties}; {@code detail} is for logs.
 */
public class EdxmlRejected extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public EdxmlRejected(String code, String detail, Object... args) {
        super(code + ": " + detail);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
