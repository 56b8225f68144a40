package vn.sen.exchange;

import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sen.audit.AuditTrail;
import vn.sen.identity.Permissions;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The exchange directory (danh bạ liên thông): which transport and endpoint reach an agency on a day, by its QĐ 20 code
 * or its edXML OrganId. Explicit entries win; a closed code with a successor (after a merger or renaming) leads on to
 * the successor, so documents still in flight under an old code arrive; an agency of this installation without an
 * entry is reached directly. Administered by system administrators.
 */
@Component
public class ExchangeDirectory {

    /** Successor chains longer than this are treated as broken (and loops end here too). */
    static final int MAX_DEPTH = 10;

    private final DirectoryEntries entries;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final RouteCache cache;

    ExchangeDirectory(
            DirectoryEntries entries, OrganizationDirectory organization, AuditTrail audit, RouteCache cache) {
        this.entries = entries;
        this.organization = organization;
        this.audit = audit;
        this.cache = cache;
    }

    /** How to reach the agency bearing the code (either notation) on the day; empty when nobody is found. */
    public Optional<Route> route(String codeOrOrganId, LocalDate day) {
        return cache.get(codeOrOrganId, day, () -> resolve(codeOrOrganId, day));
    }

    private Optional<Route> resolve(String codeOrOrganId, LocalDate day) {
        String current = codeOrOrganId.trim().toUpperCase(Locale.ROOT);
        List<String> via = new ArrayList<>();
        for (int depth = 0; depth < MAX_DEPTH && !via.contains(current); depth++) {
            via.add(current);
            List<DirectoryEntry> known = entries.findByEitherCode(current);
            Optional<DirectoryEntryView> valid = known.stream()
                    .map(DirectoryEntry::view)
                    .filter(e -> e.validOn(day))
                    .findFirst();
            if (valid.isPresent()) {
                return Optional.of(routeOf(valid.get(), via, day));
            }
            Optional<String> successor = known.stream()
                    .map(DirectoryEntry::view)
                    .filter(e -> e.validTo() != null && e.validTo().isBefore(day) && e.successorCode() != null)
                    .max(Comparator.comparing(DirectoryEntryView::validTo))
                    .map(DirectoryEntryView::successorCode);
            if (successor.isPresent()) {
                current = successor.get();
                continue;
            }
            return local(current, day, via);
        }
        return Optional.empty();
    }

    /** True when the sender's directory entry on the day pins exactly this certificate. */
    public boolean pinned(String senderOrganId, X509Certificate certificate, LocalDate day) {
        byte[] presented = encoded(certificate);
        return route(senderOrganId, day).stream()
                .flatMap(r -> r.pinnedCertificates().stream())
                .anyMatch(c -> Arrays.equals(encoded(c), presented));
    }

    /** All entries, or those valid on the day, ordered by code. */
    @Transactional(readOnly = true)
    public List<DirectoryEntryView> list(@Nullable LocalDate day) {
        requireAdministrator();
        return entries.findAllOrdered().stream()
                .map(DirectoryEntry::view)
                .filter(e -> day == null || e.validOn(day))
                .toList();
    }

    @Transactional(readOnly = true)
    public DirectoryEntryView find(UUID id) {
        requireAdministrator();
        return load(id).view();
    }

    @Transactional
    DirectoryEntryView create(DirectoryDraft draft) {
        requireAdministrator();
        DirectoryRules.Checked checked = DirectoryRules.check(draft);
        refuseOverlap(checked, null);
        DirectoryEntry entry = entries.saveAndFlush(new DirectoryEntry(checked));
        forgetRoutes();
        DirectoryEntryView after = entry.view();
        audit.record(
                "EXCHANGE_DIRECTORY_CREATED", "DirectoryEntry", entry.getId().toString(), null, null, after);
        return after;
    }

    @Transactional
    DirectoryEntryView update(UUID id, @Nullable Long expectedVersion, DirectoryDraft draft) {
        requireAdministrator();
        DirectoryEntry entry = load(id);
        requireVersion(entry, expectedVersion);
        DirectoryRules.Checked checked = DirectoryRules.check(draft);
        refuseOverlap(checked, id);
        DirectoryEntryView before = entry.view();
        entry.apply(checked);
        DirectoryEntryView after = flush(entry).view();
        forgetRoutes();
        audit.record("EXCHANGE_DIRECTORY_UPDATED", "DirectoryEntry", id.toString(), null, before, after);
        return after;
    }

    /** Closes the entry after {@code lastDay}; {@code successorCode} (optional) carries its packets on. */
    @Transactional
    DirectoryEntryView close(
            UUID id, @Nullable Long expectedVersion, @Nullable LocalDate lastDay, @Nullable String successorCode) {
        requireAdministrator();
        DirectoryEntry entry = load(id);
        requireVersion(entry, expectedVersion);
        if (lastDay == null) {
            throw SenException.invalidField("validTo", "EXCHANGE_DIRECTORY_CLOSE_DAY_REQUIRED");
        }
        DirectoryEntryView before = entry.view();
        DirectoryRules.Checked checked = DirectoryRules.check(new DirectoryDraft(
                before.code(),
                before.edxmlCode(),
                before.name(),
                before.transport(),
                before.endpoint(),
                before.pinnedCertificate(),
                before.validFrom(),
                lastDay,
                successorCode));
        entry.apply(checked);
        DirectoryEntryView after = flush(entry).view();
        forgetRoutes();
        audit.record("EXCHANGE_DIRECTORY_CLOSED", "DirectoryEntry", id.toString(), null, before, after);
        return after;
    }

    private Optional<Route> local(String code, LocalDate day, List<String> via) {
        return organization
                .resolve(code, day)
                .flatMap(a -> organization.currentSuccessor(a.id(), day))
                .map(agency -> localRoute(agency, via));
    }

    private static Route localRoute(AgencyView agency, List<String> via) {
        return new Route(
                agency.code(), agency.edxmlCode(), agency.name(), Transport.DIRECT, null, agency.id(), List.of(), via);
    }

    private Route routeOf(DirectoryEntryView entry, List<String> via, LocalDate day) {
        UUID localAgencyId = entry.transport() == Transport.DIRECT
                ? organization.resolve(entry.code(), day).map(AgencyView::id).orElse(null)
                : null;
        return new Route(
                entry.code(),
                entry.edxmlCode(),
                entry.name(),
                entry.transport(),
                entry.endpoint() == null ? null : URI.create(entry.endpoint()),
                localAgencyId,
                DirectoryRules.certificates(entry.pinnedCertificate(), false),
                via);
    }

    private void refuseOverlap(DirectoryRules.Checked checked, @Nullable UUID self) {
        LocalDate from = checked.validFrom();
        LocalDate to = checked.validTo() == null ? LocalDate.MAX : checked.validTo();
        boolean overlaps = entries.findByEitherCode(checked.code()).stream()
                .map(DirectoryEntry::view)
                .filter(e -> e.code().equals(checked.code()) && !e.id().equals(self))
                .anyMatch(e -> !e.validFrom().isAfter(to)
                        && (e.validTo() == null || !e.validTo().isBefore(from)));
        if (overlaps) {
            throw SenException.invalidField("validFrom", "EXCHANGE_DIRECTORY_OVERLAP", checked.code());
        }
    }

    private DirectoryEntry load(UUID id) {
        return entries.findById(id).orElseThrow(() -> SenException.notFound("EXCHANGE_DIRECTORY_NOT_FOUND"));
    }

    private static void requireVersion(DirectoryEntry entry, @Nullable Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != entry.version()) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }

    /** Routes change with the directory: forgotten now, and again once the change is committed. */
    private void forgetRoutes() {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.clear();
                }
            });
        }
    }

    private DirectoryEntry flush(DirectoryEntry entry) {
        try {
            return entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw SenException.conflict("CONCURRENT_EDIT");
        }
    }

    private static void requireAdministrator() {
        Actor actor = CurrentActor.require();
        if (!(actor.systemWide() && actor.can(Permissions.ORG_AGENCY_MANAGE))) {
            throw SenException.forbidden("EXCHANGE_DIRECTORY_FORBIDDEN");
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
