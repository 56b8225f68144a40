package vn.sen.onestop;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.platform.PdfRenderer;

/**
 * Prints the one-stop slips (phiếu, giấy tiếp nhận… of Circular 03/2025/TT-VPCP) to PDF: the agency's own wording if
 * it has one, else the installation's, in the fixed frame {@code templates/onestop/slip.html}. It never refuses for
 * want of a value: what is missing prints as a dotted line, to be filled in by hand as on paper. Whoever calls it has
 * already decided that the caller may see the dossier.
 */
@Component
class SlipPrinter {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private final SlipWordings wordings;
    private final OrganizationDirectory organization;
    private final PdfRenderer pdf;

    SlipPrinter(SlipWordings wordings, OrganizationDirectory organization, PdfRenderer pdf) {
        this.wordings = wordings;
        this.organization = organization;
        this.pdf = pdf;
    }

    /** The slip as PDF bytes, with the agency's own wording if it has one, else the installation's. */
    byte[] print(SlipForm form, UUID agencyId, SlipValues values) {
        return printWording(wordings.effective(form, agencyId), agencyId, values);
    }

    /**
     * Prints a given wording; the agency (if any) fills in its name, parent and place where the values leave them
     * out, so a preview and a hurried caller still get a proper header.
     */
    byte[] printWording(SlipWording wording, @Nullable UUID agencyId, SlipValues values) {
        SlipValues filled = values.orElse(agencyValues(agencyId));
        SlipText.Parsed parsed = wording.text().parsed(wording.form());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render("onestop/slip", Map.of("slip", page(wording.form(), parsed, filled)), out);
        return out.toByteArray();
    }

    /**
     * What the frame prints: the title as plain text, the body and signatures as escaped XHTML. A map rather than a
     * record, because the template engine reads only public types and this stays inside the module.
     */
    private static Map<String, Object> page(SlipForm form, SlipText.Parsed parsed, SlipValues values) {
        String[] date = dateParts(values.textOf("issuedDate").orElse(""));
        return Map.ofEntries(
                Map.entry("wide", form.wide()),
                Map.entry("parentAgencyName", values.textOf("parentAgencyName").orElse("")),
                Map.entry("agencyName", values.textOf("agencyName").orElse(SlipTemplate.DOTS)),
                Map.entry("placeName", values.textOf("placeName").orElse(SlipTemplate.DOTS)),
                Map.entry("day", date[0]),
                Map.entry("month", date[1]),
                Map.entry("year", date[2]),
                Map.entry("showCode", form.ofOneDossier()),
                Map.entry("dossierCode", values.textOf("dossierCode").orElse(SlipTemplate.DOTS)),
                Map.entry("title", parsed.title().plain(values)),
                Map.entry("body", parsed.body().html(values)),
                Map.entry("signatureLeft", parsed.signatureLeft().html(values)),
                Map.entry("signatureRight", parsed.signatureRight().html(values)));
    }

    /** Day, month and year of a dd/MM/yyyy date, or dots for the parts a form leaves to the pen. */
    private static String[] dateParts(String date) {
        Matcher m = DATE.matcher(date.strip());
        if (!m.matches()) {
            return new String[] {"……", "……", "………"};
        }
        return new String[] {pad(m.group(1)), pad(m.group(2)), m.group(3)};
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private SlipValues agencyValues(@Nullable UUID agencyId) {
        SlipValues values = SlipValues.of();
        if (agencyId == null) {
            return values;
        }
        organization.findAgency(agencyId).ifPresent(agency -> {
            values.text("agencyName", agency.name()).text("placeName", agency.placeName());
            if (agency.parentId() != null) {
                values.text(
                        "parentAgencyName",
                        organization
                                .findAgency(agency.parentId())
                                .map(AgencyView::name)
                                .orElse(null));
            }
        });
        return values;
    }
}
