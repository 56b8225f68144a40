package vn.sen.document;

/**
 * What the exchange learnt about a document delivered to an agency outside the installation: the edXML status codes
 * (trạng thái văn bản liên thông) as the sender's document page shows them.
 */
public enum ExternalDeliveryStatus {
    /** The packet left: the recipient's system acknowledged it. */
    SENT,
    /** 01 — Đã đến. */
    RECEIVED,
    /** 02 — Từ chối tiếp nhận, with the reason. */
    REJECTED,
    /** 03 — Đã tiếp nhận, vào sổ. */
    ACCEPTED,
    /** 04 — Đã phân công. */
    ASSIGNED,
    /** 05 — Đang xử lý. */
    PROCESSING,
    /** 06 — Hoàn thành. */
    COMPLETED,
    /** The packet could not be delivered (refused by the peer, or retries exhausted). */
    FAILED,
    /** 15 — The recipient agreed to give it back. */
    TAKEN_BACK,
    /** 16 — The recipient refused to give it back. */
    TAKE_BACK_REFUSED
}
