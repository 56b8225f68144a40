package vn.sen.signing;

/** The PIN did not open the key store or the token (counted by {@link PinGuard}). */
final class PinRefused extends RuntimeException {

    PinRefused(Throwable cause) {
        super("wrong PIN", cause);
    }
}
