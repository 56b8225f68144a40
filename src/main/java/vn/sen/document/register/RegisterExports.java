package vn.sen.document.register;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * Prints the incoming registers of Decree 30 (Appendix IV) for a period and book, to .xlsx or PDF.
 *
 * <p>Both read the lines lazily inside one read-only transaction. The .xlsx has no practical limit (a year of
 * 100,000 documents streams in about 5 s with a heap of 256 MB). A PDF costs far more time per line (about 3-5 ms
 * per line on a busy 2-core machine), hence it is refused above {@value #PDF_LIMIT} lines with a message suggesting
 * the .xlsx; a register that long is printed by month or quarter anyway (see {@link RegisterPrinter}). Rows may
 * break across pages: forbidding it doubled the layout time.
 */
@Service
class RegisterExports {

    static final int PDF_LIMIT = RegisterPrinter.PDF_LIMIT;

    static final int PDF_PART = RegisterPrinter.PDF_PART;

    private final RegisterRows rows;
    private final RegisterPrinter printer;
    private final OrganizationDirectory organization;
    private final ErrorMessages messages;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    RegisterExports(
            RegisterRows rows,
            RegisterPrinter printer,
            OrganizationDirectory organization,
            ErrorMessages messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.rows = rows;
        this.printer = printer;
        this.organization = organization;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    RegisterExport xlsx(RegisterKind kind, RegisterQuery query) {
        long count = rows.count(query);
        if (count > RegisterPrinter.XLSX_LIMIT) {
            throw SenException.invalid("REGISTER_XLSX_TOO_LARGE", count, RegisterPrinter.XLSX_LIMIT);
        }
        RegisterLayout layout = layout(kind, query);
        return new RegisterExport(
                fileName(kind, query, "xlsx"),
                RegisterExport.XLSX,
                out -> write(kind, query, lines -> printer.writeXlsx(layout, lines, out)));
    }

    RegisterExport pdf(RegisterKind kind, RegisterQuery query) {
        long count = rows.count(query);
        if (count > PDF_LIMIT) {
            throw SenException.invalid("REGISTER_PDF_TOO_LARGE", count, PDF_LIMIT);
        }
        RegisterLayout layout = layout(kind, query);
        return new RegisterExport(
                fileName(kind, query, "pdf"),
                RegisterExport.PDF,
                out -> write(kind, query, lines -> printer.writePdf(layout, count == 0, lines, out)));
    }

    /** Streams the lines to {@code print} inside one read-only transaction (PostgreSQL streams only in one). */
    private void write(
            RegisterKind kind, RegisterQuery query, java.util.function.Consumer<Stream<List<Object>>> print) {
        Instant now = clock.instant();
        readOnly.executeWithoutResult(tx -> {
            try (Stream<List<Object>> lines = rows.stream(kind, query, now)) {
                print.accept(lines);
            }
        });
    }

    private RegisterLayout layout(RegisterKind kind, RegisterQuery query) {
        String agency =
                organization.findAgency(query.agencyId()).map(AgencyView::name).orElse("");
        String period = messages.of("register.period", Dates.print(query.from()), Dates.print(query.to()));
        String book = query.bookId() == null ? messages.of("register.allBooks") : rows.bookName(query.bookId());
        return new RegisterLayout(
                agency,
                messages.of(kind.titleKey()),
                book + " · " + period,
                messages.of(kind.sheetKey()),
                kind.columnKeys(),
                kind.widths(),
                kind.centered());
    }

    /** {@code Sổ đăng ký văn bản đến 2026-01-01 - 2026-12-31.xlsx} (sent as RFC 5987 UTF-8). */
    private String fileName(RegisterKind kind, RegisterQuery query, String extension) {
        return messages.of(kind.fileKey()) + " " + query.from() + " - " + query.to() + "." + extension;
    }
}
