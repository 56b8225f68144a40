package vn.sen.document.outgoing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.sen.organization.AgencyCode;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.shared.error.SenException;

/**
 * Checks the recipients (nơi nhận) of a draft: a unit must be an open unit of the drafting agency, an agency an
 * active agency of this installation other than the drafting one, an external agency a valid QĐ 20/2020 code with a
 * name, an e-mail a well-formed address. A refusal names the form field of the recipient's kind.
 */
@Component
class RecipientRules {

    /** Enough to catch typing mistakes; delivery tells the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final OrganizationDirectory organization;

    RecipientRules(OrganizationDirectory organization) {
        this.organization = organization;
    }

    List<ValidRecipient> check(UUID agencyId, List<RecipientDraft> drafts, LocalDate today) {
        if (drafts.isEmpty()) {
            throw SenException.invalidField("recipients", "OUTGOING_RECIPIENTS_REQUIRED");
        }
        Set<ValidRecipient> valid = new LinkedHashSet<>();
        for (RecipientDraft draft : drafts) {
            valid.add(check(agencyId, draft, today));
        }
        return new ArrayList<>(valid);
    }

    private ValidRecipient check(UUID agencyId, RecipientDraft r, LocalDate today) {
        if (r.kind() == null) {
            throw SenException.invalidField("recipients", "OUTGOING_RECIPIENT_KIND_REQUIRED");
        }
        return switch (r.kind()) {
            case INTERNAL_UNIT -> unit(agencyId, r, today);
            case AGENCY -> agency(agencyId, r, today);
            case EXTERNAL -> external(r);
            case EMAIL -> email(r);
        };
    }

    private ValidRecipient unit(UUID agencyId, RecipientDraft r, LocalDate today) {
        UnitView unit =
                r.unitId() == null ? null : organization.findUnit(r.unitId()).orElse(null);
        if (unit == null || !unit.agencyId().equals(agencyId) || !unit.activeOn(today)) {
            throw SenException.invalidField("unitIds", "OUTGOING_RECIPIENT_UNIT_UNKNOWN");
        }
        return new ValidRecipient(RecipientKind.INTERNAL_UNIT, unit.id(), null, null, unit.name(), null);
    }

    private ValidRecipient agency(UUID agencyId, RecipientDraft r, LocalDate today) {
        AgencyView agency = r.agencyId() == null
                ? null
                : organization.findAgency(r.agencyId()).orElse(null);
        if (agency == null || !agency.activeOn(today)) {
            throw SenException.invalidField("agencyIds", "OUTGOING_RECIPIENT_AGENCY_UNKNOWN");
        }
        if (agency.id().equals(agencyId)) {
            throw SenException.invalidField("agencyIds", "OUTGOING_RECIPIENT_AGENCY_SELF");
        }
        return new ValidRecipient(RecipientKind.AGENCY, null, agency.id(), agency.code(), agency.name(), null);
    }

    private static ValidRecipient external(RecipientDraft r) {
        String code = r.code() == null ? "" : r.code().strip();
        AgencyCode parsed = AgencyCode.tryParse(code)
                .orElseThrow(
                        () -> SenException.invalidField("externalRecipients", "OUTGOING_RECIPIENT_CODE_INVALID", code));
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty()) {
            throw SenException.invalidField("externalRecipients", "OUTGOING_RECIPIENT_NAME_REQUIRED", code);
        }
        if (name.length() > 300) {
            throw SenException.invalidField("externalRecipients", "OUTGOING_FIELD_TOO_LONG", 300);
        }
        return new ValidRecipient(RecipientKind.EXTERNAL, null, null, parsed.qd20Form(), name, null);
    }

    private static ValidRecipient email(RecipientDraft r) {
        String email = r.email() == null ? "" : r.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw SenException.invalidField("emails", "OUTGOING_RECIPIENT_EMAIL_INVALID", email);
        }
        String normalized = email.toLowerCase(Locale.ROOT);
        return new ValidRecipient(RecipientKind.EMAIL, null, null, null, normalized, normalized);
    }
}
