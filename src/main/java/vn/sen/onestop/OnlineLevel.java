package vn.sen.onestop;

/** How far a procedure can be done online (Decree 42/2022/NĐ-CP Art. 11): mức độ dịch vụ công trực tuyến. */
public enum OnlineLevel {
    /** Toàn trình: filed, processed, paid and returned online. */
    FULL,
    /** Một phần: filed online, some step (payment, the result, an original) at the desk. */
    PARTIAL,
    /** Only at the one-stop desk or by post. */
    NONE
}
