package vn.sen.exchange;

/**
 * The seam for the national axis SDK (VXP/VDXP): an operator's adapter sends a signed edXML packet and returns the
 * axis's document id, and feeds received packets to {@code POST /api/v1/exchange/packets} (or to the same reception
 * in-process). Public so that an adapter outside Sen's sources can implement it.
 */
public interface NationalAxisGateway {

    /**
     * Sends one packet.
     *
     * @param toOrganId the recipient's edXML OrganId
     * @return the axis's id of the sent packet
     * @throws RuntimeException when the axis refuses or cannot be reached (the packet is retried)
     */
    String send(String toOrganId, byte[] edxml);
}
