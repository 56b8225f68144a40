package vn.sen.onestop;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;

/**
 * Online fee payment (thanh toán phí, lệ phí trực tuyến): the applicant pays their own dossier's fees — the procedure
 * revision's total — through a payment gateway ({@link PaymentGateway}); the gateway's signed callback settles the
 * payment once, however often it is delivered; the desk records a refund (hoàn phí). A paid dossier is audited and
 * announced ({@link DossierPaid}) in the callback's transaction, so neither is lost.
 */
@Service
@Transactional
class Payments {

    /** Who the audit names for the gateway's callbacks: nobody logged in, the gateway vouched by its signature. */
    static final String GATEWAY_ACTOR = "Cổng thanh toán";

    private static final Logger log = LoggerFactory.getLogger(Payments.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final PaymentLedger ledger;
    private final Dossiers dossiers;
    private final DossierKeeper keeper;
    private final Map<String, PaymentGateway> gateways;
    private final String chosenGateway;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final WorkingTime time;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Payments(
            PaymentLedger ledger,
            Dossiers dossiers,
            DossierKeeper keeper,
            List<PaymentGateway> gateways,
            @Value("${sen.payments.gateway:sandbox}") String chosenGateway,
            OrganizationDirectory organization,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            WorkingTime time,
            Clock clock) {
        this.ledger = ledger;
        this.dossiers = dossiers;
        this.keeper = keeper;
        this.gateways = gateways.stream().collect(Collectors.toUnmodifiableMap(PaymentGateway::code, g -> g));
        this.chosenGateway = chosenGateway;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.time = time;
        this.clock = clock;
    }

    /**
     * The applicant starts paying their own dossier: where to send them. A payment still pending is reused (a double
     * click or a return from the bank's page opens no second one); the dossier row is locked meanwhile.
     */
    @PreAuthorize("hasAuthority('CITIZEN')")
    URI start(UUID dossierId) {
        Dossier dossier = own(dossierId);
        jdbc.queryForObject("select id from onestop.dossier where id = ? for update", UUID.class, dossierId);
        List<Payment> made = ledger.findByDossierIdOrderByCreatedAt(dossierId);
        long fee = keeper.procedureOf(dossier).totalFees();
        if (!due(dossier.state(), fee, made)) {
            throw SenException.conflict("PAYMENT_NOT_DUE");
        }
        PaymentGateway gateway = gateway(chosenGateway);
        Payment payment = made.stream()
                .filter(p -> p.state() == PaymentState.PENDING)
                .findFirst()
                .orElseGet(() -> open(dossier, fee, gateway));
        return gateway.start(new PaymentGateway.PaymentOrder(
                payment.reference(), payment.amount(), dossier.view().code(), payee(dossier.agencyId())));
    }

    /**
     * Settles a payment from the gateway's callback: believed only once its signature checks; the same transaction
     * again answers what is stored and changes nothing; an amount other than the one asked is refused and logged.
     */
    @PreAuthorize("permitAll()")
    PaymentView settle(String gatewayCode, Map<String, String> fields) {
        PaymentGateway gateway = gateway(gatewayCode);
        PaymentGateway.GatewayCallback callback = gateway.verify(fields);
        Payment payment = ledger.lockByReference(callback.reference())
                .filter(p -> p.gateway().equals(gatewayCode))
                .orElseThrow(() -> SenException.notFound("PAYMENT_NOT_FOUND"));
        if (payment.settledBy(callback.transaction())) {
            log.info(
                    "Payment {}: callback for transaction {} delivered again",
                    payment.reference(),
                    callback.transaction());
            return payment.view();
        }
        if (callback.amount() != payment.amount()) {
            log.warn(
                    "Payment {}: the gateway reports {} VND for {} VND asked (transaction {}); refused",
                    payment.reference(),
                    callback.amount(),
                    payment.amount(),
                    callback.transaction());
            throw SenException.invalid("PAYMENT_AMOUNT_MISMATCH");
        }
        if (payment.state() != PaymentState.PENDING || ledger.existsByGatewayTransaction(callback.transaction())) {
            log.warn(
                    "Payment {} ({}): another transaction {} reported; refused, to reconcile with the gateway",
                    payment.reference(),
                    payment.state(),
                    callback.transaction());
            throw SenException.conflict("PAYMENT_ALREADY_SETTLED");
        }
        return callback.success() ? paid(payment, callback) : failed(payment, callback);
    }

    /** The desk records that a paid fee was paid back (hoàn phí), with the reason the sector's law gives. */
    @PreAuthorize("hasAuthority('DOSSIER_RECEIVE')")
    PaymentView refund(String reference, @Nullable String reason) {
        Payment payment =
                ledger.lockByReference(reference).orElseThrow(() -> SenException.notFound("PAYMENT_NOT_FOUND"));
        CurrentActor.checkAgency(payment.agencyId(), "PAYMENT_NOT_FOUND");
        String why = FilingRules.text("reason", reason);
        payment.refund(why, clock.instant());
        PaymentView view = ledger.saveAndFlush(payment).view();
        audit.record(
                "PAYMENT_REFUNDED",
                "Payment",
                view.id().toString(),
                view.agencyId(),
                Map.of("state", PaymentState.PAID),
                summary(view));
        return view;
    }

    /** What the sandbox's bank page shows for a payment waiting there; nothing for any other. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    SandboxBank.Order waitingAtSandbox(String reference) {
        Payment payment = ledger.findByReference(reference)
                .filter(p -> p.gateway().equals(SandboxGateway.CODE) && p.state() == PaymentState.PENDING)
                .orElseThrow(() -> SenException.notFound("PAYMENT_NOT_FOUND"));
        Dossier dossier = dossiers.findById(payment.dossierId()).orElseThrow();
        return new SandboxBank.Order(
                payment.reference(),
                payment.amount(),
                dossier.view().code(),
                payee(payment.agencyId()),
                payment.dossierId());
    }

    /** Payable: a fee, a dossier still going, and nothing paid yet. */
    static boolean due(DossierState state, long fee, List<Payment> made) {
        return fee > 0 && !state.ended() && made.stream().noneMatch(p -> p.state() == PaymentState.PAID);
    }

    private Payment open(Dossier dossier, long fee, PaymentGateway gateway) {
        Payment payment =
                new Payment(dossier.getId(), dossier.agencyId(), fee, gateway.code(), reference(), clock.instant());
        PaymentView view = ledger.saveAndFlush(payment).view();
        audit.record("PAYMENT_STARTED", "Payment", view.id().toString(), view.agencyId(), null, summary(view));
        return payment;
    }

    private PaymentView paid(Payment payment, PaymentGateway.GatewayCallback callback) {
        payment.paid(callback.transaction(), callback.at());
        PaymentView view = ledger.saveAndFlush(payment).view();
        audit.recordAs(
                GATEWAY_ACTOR,
                "PAYMENT_PAID",
                "Payment",
                view.id().toString(),
                view.agencyId(),
                Map.of("state", PaymentState.PENDING),
                summary(view));
        String code = dossiers.findById(view.dossierId()).orElseThrow().view().code();
        events.publishEvent(new DossierPaid(
                view.dossierId(), code, view.agencyId(), view.amount(), DossierPaid.PROVINCE_GATEWAY, callback.at()));
        return view;
    }

    private PaymentView failed(Payment payment, PaymentGateway.GatewayCallback callback) {
        String reason = callback.failure() == null ? "Giao dịch không thành công" : callback.failure();
        payment.failed(callback.transaction(), reason);
        PaymentView view = ledger.saveAndFlush(payment).view();
        audit.recordAs(
                GATEWAY_ACTOR,
                "PAYMENT_FAILED",
                "Payment",
                view.id().toString(),
                view.agencyId(),
                Map.of("state", PaymentState.PENDING),
                summary(view));
        return view;
    }

    private Dossier own(UUID id) {
        UUID me = CurrentActor.require().accountId();
        return dossiers.findById(id)
                .filter(d -> me.equals(d.citizenAccountId()))
                .orElseThrow(() -> SenException.notFound("DOSSIER_NOT_FOUND"));
    }

    private PaymentGateway gateway(String code) {
        PaymentGateway gateway = gateways.get(code);
        if (gateway == null) {
            throw SenException.notFound("PAYMENT_GATEWAY_UNKNOWN");
        }
        return gateway;
    }

    private String payee(UUID agencyId) {
        return organization.findAgency(agencyId).map(AgencyView::name).orElse("");
    }

    /** SEN, the day in Vietnam, ten random letters and digits: unique, and acceptable to every gateway's charset. */
    private String reference() {
        StringBuilder s =
                new StringBuilder("SEN").append(DAY.format(clock.instant().atZone(time.zone())));
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    private static Map<String, Object> summary(PaymentView p) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("reference", p.reference());
        summary.put("dossierId", p.dossierId());
        summary.put("amount", p.amount());
        summary.put("gateway", p.gateway());
        summary.put("state", p.state());
        if (p.gatewayTransaction() != null) {
            summary.put("transaction", p.gatewayTransaction());
        }
        if (p.failureReason() != null) {
            summary.put("failure", p.failureReason());
        }
        if (p.refundReason() != null) {
            summary.put("refund", p.refundReason());
        }
        return summary;
    }
}
