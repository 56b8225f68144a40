package vn.sen.document.outgoing;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;

/** What the drafter enters for a new outgoing document, unchecked. */
public record OutgoingDraft(
        @Nullable DocumentType type,
        @Nullable String subject,
        @Nullable Urgency urgency,
        @Nullable Confidentiality confidentiality,
        @Nullable UUID signerId,
        @Nullable String signerTitle,
        @Nullable UUID replyTo,
        @Nullable List<RecipientDraft> recipients) {}
