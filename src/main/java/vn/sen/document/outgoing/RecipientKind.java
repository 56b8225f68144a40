package vn.sen.document.outgoing;

/** What a recipient (nơi nhận) is. */
public enum RecipientKind {
    /** A unit of the issuing agency (đơn vị nội bộ). */
    INTERNAL_UNIT,
    /** Another agency of this installation, reached through the system. */
    AGENCY,
    /** An agency outside the installation, named by its QĐ 20/2020 code. */
    EXTERNAL,
    /** An e-mail address. */
    EMAIL
}
