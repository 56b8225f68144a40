package vn.sen.document.outregister;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.shared.web.ErrorMessages;

/**
 * Counts electronic issuance (phát hành điện tử) in plain SQL, one line per issued document of the period (revoked
 * and replaced ones included: they were issued), every series together. A document Sen issued carries the signed
 * PDF with the person's and the agency's signatures, so "electronic with digital signatures" means it has a signed
 * file and no recipient served on paper. The pages saved are the signed PDF's pages times its recipients; the page
 * counts come from the file store ({@link SignedPages}), as the outgoing tables keep none.
 */
@Service
class IssuanceStatistics {

    /** A paper channel, should one ever be recorded as a recipient's kind, makes the issue not electronic. */
    private static final String ELECTRONIC = "d.signed_file_id is not null and not exists (select 1 from"
            + " document.outgoing_recipient p where p.document_id = d.id and p.kind = 'PAPER')";

    private static final String LINES = "select d.agency_id, d.drafting_unit_id, d.signed_file_id, " + ELECTRONIC
            + " as electronic, (select count(*) from document.outgoing_recipient p where p.document_id = d.id)"
            + " as recipients from document.outgoing_document d where " + OutgoingRegisterRows.ISSUED
            + " and d.issued_at >= :start and d.issued_at < :end";

    private final JdbcClient jdbc;
    private final SignedPages pages;
    private final OrganizationDirectory organization;
    private final SavingsProperties savings;
    private final ErrorMessages messages;

    IssuanceStatistics(
            JdbcClient jdbc,
            SignedPages pages,
            OrganizationDirectory organization,
            SavingsProperties savings,
            ErrorMessages messages) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.organization = organization;
        this.savings = savings;
        this.messages = messages;
    }

    /** One agency, whole and per drafting unit. */
    @Transactional(readOnly = true)
    IssuanceStatisticsView of(OutgoingRegisterQuery query) {
        UUID agency = Objects.requireNonNull(query.agencyId());
        Costs costs = savings.costsOf(
                organization.findAgency(agency).map(AgencyView::code).orElse(null));
        Map<@Nullable UUID, IssuanceFigures.Tally> byUnit = new HashMap<>();
        IssuanceFigures.Tally whole = new IssuanceFigures.Tally();
        for (Line line : lines(query)) {
            int pagesOfFile = line.pagesOf(pages);
            whole.add(line.electronic(), line.recipients(), pagesOfFile);
            byUnit.computeIfAbsent(line.unitId(), u -> new IssuanceFigures.Tally())
                    .add(line.electronic(), line.recipients(), pagesOfFile);
        }
        List<IssuanceFigures> units = new ArrayList<>();
        byUnit.forEach((unit, tally) -> units.add(IssuanceFigures.of(unit, unitName(unit), tally, costs)));
        units.sort(Comparator.comparing(IssuanceFigures::name));
        return new IssuanceStatisticsView(
                query.from(),
                query.to(),
                costs,
                IssuanceFigures.of(agency, messages.of("outregister.stats.agency"), whole, costs),
                units);
    }

    /** Every agency of the installation that issued in the period, each with its own costs, and the total. */
    @Transactional(readOnly = true)
    InstallationStatisticsView installation(OutgoingRegisterQuery query) {
        Map<UUID, IssuanceFigures.Tally> byAgency = new HashMap<>();
        for (Line line : lines(query)) {
            byAgency.computeIfAbsent(line.agencyId(), a -> new IssuanceFigures.Tally())
                    .add(line.electronic(), line.recipients(), line.pagesOf(pages));
        }
        List<IssuanceFigures> agencies = new ArrayList<>();
        IssuanceFigures.Tally total = new IssuanceFigures.Tally();
        long totalCost = 0;
        for (Map.Entry<UUID, IssuanceFigures.Tally> entry : byAgency.entrySet()) {
            AgencyView agency = organization.findAgency(entry.getKey()).orElse(null);
            Costs costs = savings.costsOf(agency == null ? null : agency.code());
            IssuanceFigures figures = IssuanceFigures.of(
                    entry.getKey(),
                    agency == null ? entry.getKey().toString() : agency.name(),
                    entry.getValue(),
                    costs);
            agencies.add(figures);
            total.add(entry.getValue());
            totalCost += figures.costSaved();
        }
        agencies.sort(Comparator.comparing(IssuanceFigures::name));
        IssuanceFigures sum =
                IssuanceFigures.of(null, messages.of("outregister.stats.installation"), total, savings.costsOf(null));
        // Agencies may price differently: the total's cost is the sum of theirs.
        return new InstallationStatisticsView(
                query.from(),
                query.to(),
                new IssuanceFigures(
                        null,
                        sum.name(),
                        sum.issued(),
                        sum.electronic(),
                        sum.electronicPercent(),
                        sum.pagesSaved(),
                        sum.mailingsSaved(),
                        totalCost),
                agencies);
    }

    private List<Line> lines(OutgoingRegisterQuery query) {
        String sql = LINES + (query.agencyId() != null ? " and d.agency_id = :agency" : "");
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("start", query.start().atOffset(ZoneOffset.UTC))
                .param("end", query.end().atOffset(ZoneOffset.UTC));
        if (query.agencyId() != null) {
            spec = spec.param("agency", query.agencyId());
        }
        return spec.query((rs, n) -> new Line(
                        rs.getObject("agency_id", UUID.class),
                        rs.getObject("drafting_unit_id", UUID.class),
                        rs.getObject("signed_file_id", UUID.class),
                        rs.getBoolean("electronic"),
                        rs.getInt("recipients")))
                .list();
    }

    private String unitName(@Nullable UUID unit) {
        return unit == null
                ? messages.of("outregister.stats.noUnit")
                : organization.findUnit(unit).map(UnitView::name).orElse(unit.toString());
    }

    /** One issued document. */
    private record Line(
            UUID agencyId, @Nullable UUID unitId, @Nullable UUID signedFileId, boolean electronic, int recipients) {

        int pagesOf(SignedPages pages) {
            return electronic && signedFileId != null && recipients > 0 ? pages.of(signedFileId) : 0;
        }
    }
}
