package vn.sen.exchange;

import java.util.List;

/**
 * A way to carry a signed packet to a recipient's system (kênh truyền). Implementations: {@link DirectTransport}
 * (this installation), {@link HttpTransport} (another installation's documented endpoint) and
 * {@link NationalAxisTransport} (the national axis, through a gateway the operator plugs in).
 */
interface PacketTransport {

    Transport transport();

    /**
     * Delivers the packet and returns the receiver's acknowledgement.
     *
     * @throws DeliveryFailure when it did not arrive: {@code permanent} when retrying cannot help
     */
    Acknowledgement send(Route route, byte[] payload);

    /**
     * The receiver took the packet (or already had it: {@code duplicate}); {@code statuses} are the signed status
     * packets it answered with at once (an installation of Sen answers a document packet with its 01s).
     */
    record Acknowledgement(boolean duplicate, String detail, List<byte[]> statuses) {

        Acknowledgement(boolean duplicate, String detail) {
            this(duplicate, detail, List.of());
        }
    }

    /** Why a packet did not arrive; transient failures are retried with backoff. */
    class DeliveryFailure extends RuntimeException {
        private final boolean permanent;

        DeliveryFailure(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        DeliveryFailure(String message, Throwable cause) {
            super(message, cause);
            this.permanent = false;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
