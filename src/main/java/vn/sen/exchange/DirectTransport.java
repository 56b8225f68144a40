package vn.sen.exchange;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.sen.exchange.edxml.EdxmlRejected;

/**
 * The recipient is an agency of this installation (for instance one whose old code, used by a document, now leads to
 * a merged agency here): the packet goes through the same reception as one arriving over HTTP.
 */
@Component
class DirectTransport implements PacketTransport {

    private final PacketReception reception;

    DirectTransport(@Lazy PacketReception reception) {
        this.reception = reception;
    }

    @Override
    public Transport transport() {
        return Transport.DIRECT;
    }

    @Override
    public Acknowledgement send(Route route, byte[] payload) {
        try {
            PacketReception.Receipt receipt = reception.receive(payload);
            return new Acknowledgement(receipt.duplicate(), receipt.packetId().toString());
        } catch (EdxmlRejected e) {
            throw new DeliveryFailure(e.code() + ": " + e.getMessage(), true);
        }
    }
}
