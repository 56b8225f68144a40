package vn.sen.document;

import org.jspecify.annotations.Nullable;
import vn.sen.organization.AgencyCode;
import vn.sen.shared.error.SenException;

/** Checks of the entered metadata: required fields and the lengths of Decree 30/2020 Appendix VI part II. */
final class IncomingMetadataRules {

    /** The longest "nơi nhận" kept: a provincial document may list every department and commune. */
    static final int MAX_TO_PLACES = 4000;

    private IncomingMetadataRules() {}

    static ValidIncoming check(IncomingDraft d) {
        String organId = Texts.optional("organId", d.organId(), 20);
        if (organId != null) {
            // OrganId: validated in either notation and stored in the edXML form when it has one, else as given.
            organId = edxmlOrSame(organId);
        }
        Integer pages = d.pageAmount();
        if (pages != null && (pages < 1 || pages > 999)) {
            throw SenException.invalidField("pageAmount", "DOCUMENT_PAGE_AMOUNT_INVALID");
        }
        return new ValidIncoming(
                organId,
                Texts.required("organName", d.organName(), 200),
                Texts.required("codeNumber", d.codeNumber(), 11),
                Texts.required("codeNotation", d.codeNotation(), 30),
                Texts.required("issuedDate", d.issuedDate()),
                Texts.required("type", d.type()),
                Texts.required("subject", d.subject(), 500),
                Texts.optional("signerPosition", d.signerPosition(), 100),
                Texts.optional("signerName", d.signerName(), 50),
                d.urgency() == null ? Urgency.THUONG : d.urgency(),
                d.confidentiality() == null ? Confidentiality.THUONG : d.confidentiality(),
                pages,
                d.dueDate(),
                Texts.optional("toPlaces", d.toPlaces(), MAX_TO_PLACES),
                Texts.optional("description", d.description(), 500),
                d.bookId());
    }

    private static String edxmlOrSame(@Nullable String organId) {
        try {
            AgencyCode code = AgencyCode.parse(organId);
            return code.edxmlForm().orElse(code.qd20Form());
        } catch (SenException e) {
            throw SenException.invalidField("organId", "DOCUMENT_ORGAN_ID_INVALID");
        }
    }
}
