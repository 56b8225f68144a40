package vn.sen.document.outgoing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.sen.document.Confidentiality;
import vn.sen.document.DocumentType;
import vn.sen.document.Urgency;

/**
 * The drafting form (a bean: th:field binds through its getters and setters). External recipients are entered one a
 * line as {@code code | name}, e-mail addresses one a line.
 */
public class OutgoingForm {

    private @Nullable DocumentType type = DocumentType.CONG_VAN;
    private @Nullable String subject;
    private @Nullable Urgency urgency = Urgency.THUONG;
    private @Nullable Confidentiality confidentiality = Confidentiality.THUONG;
    private @Nullable UUID signerId;
    private @Nullable String signerTitle;
    private @Nullable UUID replyTo;
    private List<UUID> unitIds = new ArrayList<>();
    private List<UUID> agencyIds = new ArrayList<>();
    private @Nullable String externalRecipients;
    private @Nullable String emails;

    OutgoingDraft draft() {
        return new OutgoingDraft(type, subject, urgency, confidentiality, signerId, signerTitle, replyTo, recipients());
    }

    List<RecipientDraft> recipients() {
        List<RecipientDraft> all = new ArrayList<>();
        unitIds.forEach(id -> all.add(RecipientDraft.unit(id)));
        agencyIds.forEach(id -> all.add(RecipientDraft.agency(id)));
        for (String line : lines(externalRecipients)) {
            int bar = line.indexOf('|');
            all.add(
                    bar < 0
                            ? RecipientDraft.external(line, "")
                            : RecipientDraft.external(
                                    line.substring(0, bar).strip(),
                                    line.substring(bar + 1).strip()));
        }
        lines(emails).forEach(e -> all.add(RecipientDraft.email(e)));
        return all;
    }

    private static List<String> lines(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public @Nullable DocumentType getType() {
        return type;
    }

    public void setType(@Nullable DocumentType type) {
        this.type = type;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject;
    }

    public @Nullable Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(@Nullable Urgency urgency) {
        this.urgency = urgency;
    }

    public @Nullable Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(@Nullable Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public @Nullable UUID getSignerId() {
        return signerId;
    }

    public void setSignerId(@Nullable UUID signerId) {
        this.signerId = signerId;
    }

    public @Nullable String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(@Nullable String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public @Nullable UUID getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(@Nullable UUID replyTo) {
        this.replyTo = replyTo;
    }

    public List<UUID> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(@Nullable List<UUID> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
    }

    public List<UUID> getAgencyIds() {
        return agencyIds;
    }

    public void setAgencyIds(@Nullable List<UUID> agencyIds) {
        this.agencyIds = agencyIds == null ? new ArrayList<>() : agencyIds;
    }

    public @Nullable String getExternalRecipients() {
        return externalRecipients;
    }

    public void setExternalRecipients(@Nullable String externalRecipients) {
        this.externalRecipients = externalRecipients;
    }

    public @Nullable String getEmails() {
        return emails;
    }

    public void setEmails(@Nullable String emails) {
        this.emails = emails;
    }
}
