package vn.sen.exchange;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The national document exchange axis (trục liên thông văn bản quốc gia). Its SDK is proprietary and is not shipped
 * with Sen: an operator who holds it provides a Spring bean implementing {@link NationalAxisGateway} (see
 * {@code docs/exchange.md}); until then packets routed to the axis wait in the outbox and are retried, with the
 * reason shown.
 */
@Component
class NationalAxisTransport implements PacketTransport {

    private final ObjectProvider<NationalAxisGateway> gateway;

    NationalAxisTransport(ObjectProvider<NationalAxisGateway> gateway) {
        this.gateway = gateway;
    }

    @Override
    public Transport transport() {
        return Transport.NATIONAL_AXIS;
    }

    @Override
    public Acknowledgement send(Route route, byte[] payload) {
        NationalAxisGateway axis = Optional.ofNullable(gateway.getIfAvailable())
                .orElseThrow(() -> new DeliveryFailure("EXCHANGE_NATIONAL_AXIS_NOT_CONFIGURED", false));
        String id = axis.send(route.edxmlCode() != null ? route.edxmlCode() : route.code(), payload);
        return new Acknowledgement(false, id);
    }
}
