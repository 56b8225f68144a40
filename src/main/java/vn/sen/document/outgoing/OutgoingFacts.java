package vn.sen.document.outgoing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;

/** The checked metadata of a new outgoing document. */
record OutgoingFacts(
        DocumentType type,
        String subject,
        Urgency urgency,
        Confidentiality confidentiality,
        UUID signerId,
        String signerName,
        String signerTitle,
        @Nullable UUID replyTo) {}
