package vn.sen.exchange.edxml;

/**
 * Writes packets as signed edXML and reads them back strictly (no DTD, no external entities, limits on size, depth
 * and attachments; base64, manifest and signature checks).
 */
public interface EdxmlCodec {

    /** The packet as UTF-8 edXML bytes, signed (enveloped XML-DSig, RSA/ECDSA with SHA-256) with {@code key}. */
    byte[] write(EdxmlPacket packet, PacketKey key);

    /**
     * Parses and verifies a packet.
     *
     * @throws EdxmlRejected with the reason's code for anything malformed, oversized, unsigned or tampered
     */
    ReadPacket read(byte[] edxml);
}
