package vn.sen.document.outregister;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.document.print.Dates;
import vn.sen.document.print.RegisterExport;
import vn.sen.document.print.RegisterLayout;
import vn.sen.document.print.RegisterPrinter;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * Prints the outgoing register (sổ đăng ký văn bản đi, Decree 30/2020 Appendix IV, 10 columns) of a period, as a
 * streamed .xlsx or an A4 landscape PDF (refused above {@value RegisterPrinter#PDF_LIMIT} lines, like the incoming
 * register; see {@link RegisterPrinter} for the costs).
 */
@Service
class OutgoingRegisterExports {

    /** The Decree's columns, their widths in percent of the landscape page and the centred ones. */
    static final List<String> COLUMNS = List.of(
                    "notation",
                    "documentDate",
                    "subject",
                    "signer",
                    "recipients",
                    "keeper",
                    "copies",
                    "transferDate",
                    "signature",
                    "notes")
            .stream()
            .map(c -> "outregister.col." + c)
            .toList();

    static final List<Integer> WIDTHS = List.of(12, 8, 21, 10, 15, 10, 5, 8, 5, 6);
    static final Set<Integer> CENTERED = Set.of(0, 1, 6, 7);

    private final OutgoingRegisterRows rows;
    private final RegisterPrinter printer;
    private final OrganizationDirectory organization;
    private final ErrorMessages messages;
    private final TransactionTemplate readOnly;

    OutgoingRegisterExports(
            OutgoingRegisterRows rows,
            RegisterPrinter printer,
            OrganizationDirectory organization,
            ErrorMessages messages,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.printer = printer;
        this.organization = organization;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    RegisterExport xlsx(OutgoingRegisterQuery query) {
        long count = rows.count(query);
        if (count > RegisterPrinter.XLSX_LIMIT) {
            throw SenException.invalid("OUTREGISTER_XLSX_TOO_LARGE", count, RegisterPrinter.XLSX_LIMIT);
        }
        RegisterLayout layout = layout(query);
        return new RegisterExport(
                fileName(query, "xlsx"),
                RegisterExport.XLSX,
                out -> write(query, lines -> printer.writeXlsx(layout, lines, out)));
    }

    RegisterExport pdf(OutgoingRegisterQuery query) {
        long count = rows.count(query);
        if (count > RegisterPrinter.PDF_LIMIT) {
            throw SenException.invalid("OUTREGISTER_PDF_TOO_LARGE", count, RegisterPrinter.PDF_LIMIT);
        }
        RegisterLayout layout = layout(query);
        return new RegisterExport(
                fileName(query, "pdf"),
                RegisterExport.PDF,
                out -> write(query, lines -> printer.writePdf(layout, count == 0, lines, out)));
    }

    /** Streams the lines inside one read-only transaction (PostgreSQL streams only inside one). */
    private void write(OutgoingRegisterQuery query, Consumer<Stream<List<Object>>> print) {
        readOnly.executeWithoutResult(tx -> {
            try (Stream<List<Object>> lines = rows.stream(query)) {
                print.accept(lines);
            }
        });
    }

    private RegisterLayout layout(OutgoingRegisterQuery query) {
        String agency = query.agencyId() == null
                ? ""
                : organization
                        .findAgency(query.agencyId())
                        .map(AgencyView::name)
                        .orElse("");
        String title = messages.of("outregister.title");
        if (query.from().getYear() == query.to().getYear()) {
            title = messages.of(
                    "outregister.titleOfYear",
                    title,
                    String.valueOf(query.from().getYear()));
        }
        String period = messages.of("register.period", Dates.print(query.from()), Dates.print(query.to()));
        String series =
                messages.of(query.confidential() ? "outregister.series.confidential" : "outregister.series.ordinary");
        return new RegisterLayout(
                agency, title, series + " · " + period, messages.of("outregister.sheet"), COLUMNS, WIDTHS, CENTERED);
    }

    /** {@code Sổ đăng ký văn bản đi 2026-01-01 - 2026-12-31.xlsx}. */
    private String fileName(OutgoingRegisterQuery query, String extension) {
        return messages.of("outregister.file")
                + (query.confidential() ? " " + messages.of("outregister.file.confidential") : "") + " " + query.from()
                + " - " + query.to() + "." + extension;
    }
}
