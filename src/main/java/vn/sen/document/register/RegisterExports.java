package vn.sen.document.register;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/**
 * Prints the incoming registers of Decree 30 (Appendix IV) for a period and book, to .xlsx or PDF.
 *
 * <p>Both read the lines lazily inside one read-only transaction. The .xlsx has no practical limit (a year of
 * 100,000 documents streams in seconds in a few MB of heap). A PDF has to be laid out as a whole by openhtmltopdf,
 * which costs time and memory per line, so it is refused above {@value #PDF_LIMIT} lines (about 2,000 pages) with a
 * message suggesting the .xlsx; a register of that size is printed by month or quarter anyway.
 */
@Service
class RegisterExports {

    static final int PDF_LIMIT = 20_000;

    /** Excel's sheet ends at 1,048,576 rows; longer periods are refused rather than cut. */
    static final int XLSX_LIMIT = 1_000_000;

    private final RegisterRows rows;
    private final PdfRenderer pdf;
    private final OrganizationDirectory organization;
    private final ErrorMessages messages;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    RegisterExports(
            RegisterRows rows,
            PdfRenderer pdf,
            OrganizationDirectory organization,
            ErrorMessages messages,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.rows = rows;
        this.pdf = pdf;
        this.organization = organization;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    RegisterExport xlsx(RegisterKind kind, RegisterQuery query) {
        long count = rows.count(query);
        if (count > XLSX_LIMIT) {
            throw SenException.invalid("REGISTER_XLSX_TOO_LARGE", count, XLSX_LIMIT);
        }
        Heading heading = heading(kind, query);
        return new RegisterExport(
                fileName(kind, query, "xlsx"), RegisterExport.XLSX, out -> writeXlsx(kind, query, heading, out));
    }

    RegisterExport pdf(RegisterKind kind, RegisterQuery query) {
        long count = rows.count(query);
        if (count > PDF_LIMIT) {
            throw SenException.invalid("REGISTER_PDF_TOO_LARGE", count, PDF_LIMIT);
        }
        Heading heading = heading(kind, query);
        return new RegisterExport(
                fileName(kind, query, "pdf"),
                RegisterExport.PDF,
                out -> writePdf(kind, query, heading, count == 0, out));
    }

    private void writeXlsx(RegisterKind kind, RegisterQuery query, Heading heading, OutputStream out) {
        Instant now = clock.instant();
        readOnly.executeWithoutResult(tx -> {
            try (XlsxRegister sheet = new XlsxRegister(messages.of(kind.sheetKey()), kind.widths());
                    Stream<List<Object>> lines = rows.stream(kind, query, now)) {
                sheet.heading(heading.agency(), heading.title(), heading.subtitle(), columnTitles(kind));
                lines.forEach(line -> sheet.add(line, kind.centered()));
                sheet.writeTo(out);
            }
        });
    }

    private void writePdf(RegisterKind kind, RegisterQuery query, Heading heading, boolean empty, OutputStream out) {
        Instant now = clock.instant();
        readOnly.executeWithoutResult(tx -> {
            try (Stream<List<Object>> lines = rows.stream(kind, query, now)) {
                Iterator<List<String>> printed = lines.map(
                                line -> line.stream().map(Dates::cell).toList())
                        .iterator();
                Map<String, Object> model = new HashMap<>();
                model.put("agencyName", heading.agency());
                model.put("title", heading.title());
                model.put("subtitle", heading.subtitle());
                model.put("columns", kind.columnKeys());
                model.put("widths", kind.widths());
                model.put("centered", kind.centered());
                model.put("rows", printed);
                model.put("empty", empty);
                pdf.render("document/register/register-pdf", model, out);
            }
        });
    }

    private List<String> columnTitles(RegisterKind kind) {
        return kind.columnKeys().stream().map(messages::of).toList();
    }

    private Heading heading(RegisterKind kind, RegisterQuery query) {
        String agency =
                organization.findAgency(query.agencyId()).map(AgencyView::name).orElse("");
        String period = messages.of("register.period", Dates.print(query.from()), Dates.print(query.to()));
        String book = query.bookId() == null ? messages.of("register.allBooks") : rows.bookName(query.bookId());
        return new Heading(agency, messages.of(kind.titleKey()), book + " · " + period);
    }

    /** {@code Sổ đăng ký văn bản đến 2026-01-01 - 2026-12-31.xlsx} (sent as RFC 5987 UTF-8). */
    private String fileName(RegisterKind kind, RegisterQuery query, String extension) {
        return messages.of(kind.fileKey()) + " " + query.from() + " - " + query.to() + "." + extension;
    }

    private record Heading(String agency, String title, String subtitle) {}
}
