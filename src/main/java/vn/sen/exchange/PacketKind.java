package vn.sen.exchange;

/** A document packet (new, revocation, update, replacement) or a status packet. */
enum PacketKind {
    DOCUMENT,
    STATUS
}
