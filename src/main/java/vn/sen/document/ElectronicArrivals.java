package vn.sen.document;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Electronic arrivals (văn bản điện tử đến chờ tiếp nhận): documents sent to an agency electronically wait here until
 * the agency's clerk takes them in (registers them, which gives the arrival number) or returns them with a reason.
 * Publishes {@link ElectronicArrivalReceived}, {@link ElectronicArrivalAccepted} and
 * {@link ElectronicArrivalReturned} so that the sender sees each recipient's status.
 */
@Component
public class ElectronicArrivals {

    /**
     * Puts a document in the recipient agency's waiting list and tells its clerks. Delivering the same
     * {@code senderKey} to the same agency again returns the first arrival and changes nothing.
     *
     * @return the arrival's id
     */
    public UUID receive(ArrivingDocument document) {
        throw new UnsupportedOperationException("electronic arrivals not built yet");
    }
}
