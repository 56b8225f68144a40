package vn.sen.signing;

/** Who a key or an image belongs to: a person (người ký, by account id) or an agency (cơ quan, its seal). */
enum HolderKind {
    PERSON,
    AGENCY
}
