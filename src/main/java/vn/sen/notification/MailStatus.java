package vn.sen.notification;

/** Where an e-mail of the outbox (hộp thư đi) stands. */
enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to the SMTP server. */
    SENT,
    /** Given up after the last attempt; kept, visible, never lost. */
    FAILED,
    /** No SMTP server was configured when it was written; it stays in the outbox. */
    NOT_CONFIGURED
}
