package vn.sen.document;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incoming documents as other parts of the module refer to them (an outgoing document answering one): whether the
 * current actor may read it, by the same rule as the incoming pages.
 */
@Component
@Transactional(readOnly = true)
public class IncomingReferences {

    private final IncomingAccess access;

    IncomingReferences(IncomingAccess access) {
        this.access = access;
    }

    /** True when the incoming document exists and the current actor may read it. */
    public boolean mayRead(UUID incomingId) {
        try {
            return access.visible(access.viewer(), incomingId);
        } catch (vn.sen.shared.error.SenException noAgency) {
            return false;
        }
    }
}
