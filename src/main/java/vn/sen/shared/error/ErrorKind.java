package vn.sen.shared.error;

/** What kind of refusal an error is; the web layer maps it to an HTTP status. */
public enum ErrorKind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN,
    UNAUTHORIZED,
    TOO_MANY_REQUESTS,
    /** Refused for now because the server is busy; the same request may succeed a moment later. */
    UNAVAILABLE
}
