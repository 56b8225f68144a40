package vn.sen.document.outgoing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.notification.Notifier;

/** Tells the next person of the chain (and the drafter of the outcome) through the {@link Notifier}. */
@Component
class OutgoingNotices {

    private final Notifier notifier;

    OutgoingNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    void tell(
            Collection<UUID> recipients,
            String template,
            OutgoingDocument doc,
            ActingPerson by,
            @Nullable String comment) {
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("subject", doc.subject());
        params.put("type", doc.docType().vietnameseName());
        params.put("by", by.name());
        params.put("comment", comment == null ? "" : comment);
        notifier.notify(
                recipients,
                template,
                params,
                "/documents/outgoing/" + doc.id(),
                doc.urgency().urgent());
    }
}
