package vn.sen.onestop;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * A dossier's payments as its pages show them (the fragments of {@code onestop/payment.html} read them as
 * {@code @dossierPayments}), so that the dossier pages' controllers need not change: the applicant sees their own
 * dossier's, staff their agency's.
 */
@Component("dossierPayments")
@Transactional(readOnly = true)
class DossierPayments {

    private final PaymentLedger ledger;
    private final Dossiers dossiers;
    private final DossierKeeper keeper;

    DossierPayments(PaymentLedger ledger, Dossiers dossiers, DossierKeeper keeper) {
        this.ledger = ledger;
        this.dossiers = dossiers;
        this.keeper = keeper;
    }

    /** The applicant's view of their own dossier's fee and payments. */
    @PreAuthorize("hasAuthority('CITIZEN')")
    public Panel ofOwn(UUID dossierId) {
        UUID me = CurrentActor.require().accountId();
        Dossier dossier = dossiers.findById(dossierId)
                .filter(d -> me.equals(d.citizenAccountId()))
                .orElseThrow(() -> SenException.notFound("DOSSIER_NOT_FOUND"));
        return panel(dossier);
    }

    /** Staff's view of a dossier of their agency. */
    @PreAuthorize("hasAnyAuthority('DOSSIER_RECEIVE', 'DOSSIER_PROCESS')")
    public Panel of(UUID dossierId) {
        return panel(keeper.load(dossierId));
    }

    private Panel panel(Dossier dossier) {
        List<Payment> made = ledger.findByDossierIdOrderByCreatedAt(dossier.getId());
        long fee = keeper.procedureOf(dossier).totalFees();
        return new Panel(
                fee,
                made.stream().map(Payment::view).toList(),
                Payments.due(dossier.state(), fee, made),
                made.stream().anyMatch(p -> p.state() == PaymentState.PAID));
    }

    /**
     * @param fee the procedure revision's fees in VND (0: nothing to pay)
     * @param payable the applicant may pay now
     * @param paid a payment went through (and was not refunded)
     */
    public record Panel(long fee, List<PaymentView> payments, boolean payable, boolean paid) {}
}
