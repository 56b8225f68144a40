package vn.sen.document;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the electronic-arrival events the application publishes, for the tests to observe. */
@Component
class ArrivalEvents {

    private final List<Object> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ElectronicArrivalReceived e) {
        seen.add(e);
    }

    @EventListener
    void on(ElectronicArrivalAccepted e) {
        seen.add(e);
    }

    @EventListener
    void on(ElectronicArrivalReturned e) {
        seen.add(e);
    }

    <T> List<T> of(Class<T> type, UUID arrivalId) {
        return seen.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(e -> arrivalId.equals(idOf(e)))
                .toList();
    }

    private static UUID idOf(Object e) {
        if (e instanceof ElectronicArrivalReceived r) {
            return r.arrivalId();
        }
        if (e instanceof ElectronicArrivalAccepted a) {
            return a.arrivalId();
        }
        return ((ElectronicArrivalReturned) e).arrivalId();
    }
}
