package vn.sen.document.outgoing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recipient as entered: a unit of the agency, an agency of the installation, an external agency (QĐ 20 code and
 * name) or an e-mail address.
 */
public record RecipientDraft(
        @Nullable RecipientKind kind,
        @Nullable UUID unitId,
        @Nullable UUID agencyId,
        @Nullable String code,
        @Nullable String name,
        @Nullable String email) {

    public static RecipientDraft unit(UUID unitId) {
        return new RecipientDraft(RecipientKind.INTERNAL_UNIT, unitId, null, null, null, null);
    }

    public static RecipientDraft agency(UUID agencyId) {
        return new RecipientDraft(RecipientKind.AGENCY, null, agencyId, null, null, null);
    }

    public static RecipientDraft external(String code, String name) {
        return new RecipientDraft(RecipientKind.EXTERNAL, null, null, code, name, null);
    }

    public static RecipientDraft email(String email) {
        return new RecipientDraft(RecipientKind.EMAIL, null, null, null, null, email);
    }
}
