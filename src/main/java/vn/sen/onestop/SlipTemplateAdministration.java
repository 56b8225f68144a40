package vn.sen.onestop;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * Rewording the slips without a release (quản trị biểu mẫu phiếu): an agency administrator saves or resets their own
 * agency's wording of a form; a system administrator edits the installation's default (or, naming it, an agency's).
 * Every save and reset is audited in its transaction.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class SlipTemplateAdministration {

    private final SlipWordings wordings;
    private final SlipPrinter printer;
    private final AuditTrail audit;
    private final Clock clock;

    SlipTemplateAdministration(SlipWordings wordings, SlipPrinter printer, AuditTrail audit, Clock clock) {
        this.wordings = wordings;
        this.printer = printer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The seven forms as the scope prints them, each marked own or default. */
    @Transactional(readOnly = true)
    List<SlipTemplateView> list(@Nullable UUID agencyId) {
        UUID scope = scope(agencyId);
        return wordings.effectiveAll(scope).stream()
                .map(w -> SlipTemplateView.of(w, scope))
                .toList();
    }

    @Transactional(readOnly = true)
    SlipTemplateView get(SlipForm form, @Nullable UUID agencyId) {
        UUID scope = scope(agencyId);
        return SlipTemplateView.of(wordings.effective(form, scope), scope);
    }

    /** Saves the scope's own wording, checking it against the form's placeholders first. */
    SlipTemplateView save(SlipForm form, @Nullable UUID agencyId, SlipTemplateRequest request) {
        UUID scope = scope(agencyId);
        SlipText text = SlipText.checked(
                form, request.title(), request.body(), request.signatureLeft(), request.signatureRight());
        Optional<SlipWording> own = wordings.find(form, scope);
        String by = CurrentActor.require().username();
        SlipWording saved;
        if (own.isPresent()) {
            long expected = request.version() == null ? own.get().version() : request.version();
            saved = wordings.update(own.get(), expected, text, clock.instant(), by);
            audit.record(
                    "SLIP_TEMPLATE_UPDATED",
                    "SlipTemplate",
                    saved.id().toString(),
                    scope,
                    summary(own.get()),
                    summary(saved));
        } else {
            saved = wordings.insert(form, scope, text, clock.instant(), by);
            audit.record("SLIP_TEMPLATE_CREATED", "SlipTemplate", saved.id().toString(), scope, null, summary(saved));
        }
        return SlipTemplateView.of(saved, scope);
    }

    /** Drops the agency's own wording, so it prints with the installation's again. The default itself stays. */
    SlipTemplateView reset(SlipForm form, @Nullable UUID agencyId, @Nullable Long expectedVersion) {
        UUID scope = scope(agencyId);
        if (scope == null) {
            throw SenException.invalid("SLIP_DEFAULT_NOT_REMOVABLE");
        }
        SlipWording own = wordings.find(form, scope).orElseThrow(() -> SenException.invalid("SLIP_TEMPLATE_NOT_OWN"));
        wordings.delete(own, expectedVersion == null ? own.version() : expectedVersion);
        audit.record("SLIP_TEMPLATE_RESET", "SlipTemplate", own.id().toString(), scope, summary(own), null);
        return SlipTemplateView.of(wordings.effective(form, scope), scope);
    }

    /** The scope's wording filled with made-up values, as the PDF it would print. */
    @Transactional(readOnly = true)
    byte[] preview(SlipForm form, @Nullable UUID agencyId) {
        UUID scope = scope(agencyId);
        return printer.printWording(wordings.effective(form, scope), scope, SlipSamples.of(form));
    }

    /**
     * Whose wording the actor edits: an agency's staff always their own agency's (naming another answers not found,
     * so ids leak nothing); a system administrator the installation's, or an agency's when they name it.
     */
    private static @Nullable UUID scope(@Nullable UUID requested) {
        Actor actor = CurrentActor.require();
        if (requested != null && !actor.mayAccessAgency(requested)) {
            throw SenException.notFound("AGENCY_NOT_FOUND");
        }
        return actor.agencyId() != null ? actor.agencyId() : requested;
    }

    private static Map<String, Object> summary(SlipWording w) {
        return Map.of(
                "form", w.form().name(),
                "title", w.text().title(),
                "body", w.text().body(),
                "version", w.version());
    }
}
