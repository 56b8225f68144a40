package vn.sen.shared.error;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A business refusal with a machine-readable code. The Vietnamese message is looked up under
 * {@code error.<CODE>} in the message bundles, with {@link #args()} as its parameters; {@code field} names the form
 * field the error belongs to, when there is one.
 */
public class SenException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;
    private final @Nullable String field;
    private final Object[] args;

    public SenException(ErrorKind kind, String code, @Nullable String field, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = args.clone();
    }

    public static SenException invalid(String code, Object... args) {
        return new SenException(ErrorKind.INVALID, code, null, args);
    }

    public static SenException invalidField(String field, String code, Object... args) {
        return new SenException(ErrorKind.INVALID, code, field, args);
    }

    public static SenException notFound(String code, Object... args) {
        return new SenException(ErrorKind.NOT_FOUND, code, null, args);
    }

    public static SenException conflict(String code, Object... args) {
        return new SenException(ErrorKind.CONFLICT, code, null, args);
    }

    public static SenException conflictField(String field, String code, Object... args) {
        return new SenException(ErrorKind.CONFLICT, code, field, args);
    }

    public static SenException forbidden(String code, Object... args) {
        return new SenException(ErrorKind.FORBIDDEN, code, null, args);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }

    public String messageKey() {
        return "error." + code;
    }
}
