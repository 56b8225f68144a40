package vn.sen.exchange.edxml;

/** An edXML packet (gói tin), namespace {@code http://www.mic.gov.vn/TBT/QCVN_102_2016}. */
public sealed interface EdxmlPacket permits DocumentPacket, StatusPacket {

    String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    /** The OrganId of the organisation that sent (and signed) the packet. */
    String senderOrganId();
}
