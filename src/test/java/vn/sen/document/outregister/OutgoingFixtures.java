package vn.sen.document.outregister;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sen.document.print.Dates;
import vn.sen.files.FileKind;
import vn.sen.files.FileStore;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;

/**
 * Issued outgoing documents written straight into the outgoing tables (the issuing services are built elsewhere),
 * in the demo agency (Sở KH&CN) or Sở Nội vụ, each test in a year of its own.
 */
final class OutgoingFixtures {

    final JdbcClient jdbc;
    final FileStore files;
    final UUID agency;
    final UUID otherAgency;
    final StaffView drafter;
    final StaffView signer;
    final UnitView cntt;

    OutgoingFixtures(JdbcClient jdbc, FileStore files, OrganizationDirectory organization, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.files = files;
        java.time.LocalDate today = java.time.LocalDate.now();
        this.agency = organization
                .resolve(DemoOrganization.SKHCN_CODE, today)
                .orElseThrow()
                .id();
        this.otherAgency = staff.findByUsername("vanthu.snv").orElseThrow().agencyId();
        this.drafter = staff.findByUsername("chuyenvien").orElseThrow();
        this.signer = staff.findByUsername("giamdoc").orElseThrow();
        this.cntt = organization.unitsOf(agency).stream()
                .filter(u -> u.name().equals(DemoOrganization.UNIT_CNTT))
                .findFirst()
                .orElseThrow();
    }

    /** A stored PDF of {@code pages} blank pages, as the signed body of a document. */
    UUID signedPdf(int pages) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.getDocumentInformation().setTitle("signed " + UUID.randomUUID());
            doc.save(out);
            return files.store("signed.pdf", new ByteArrayInputStream(out.toByteArray()), FileKind.PDF)
                    .id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document as the issuing would leave it; {@code issuedLocal} is Vietnam time. */
    UUID document(Doc doc) {
        UUID id = UUID.randomUUID();
        Instant issued = doc.issuedLocal.atZone(Dates.ZONE).toInstant();
        jdbc.sql("insert into document.outgoing_document (id, agency_id, drafting_unit_id, drafter_id, drafter_name,"
                        + " doc_type, subject, urgency, confidentiality, signer_id, signer_name, signer_title, status,"
                        + " review_chain, signed_file_id, signed_at, number, notation, issued_at, revoked_at,"
                        + " replaced_by_id, created_at, updated_at) values (:id, :agency, :unit, :drafter,"
                        + " :drafterName, :type, :subject, :urgency, :confidentiality, :signer, :signerName,"
                        + " 'Giám đốc', :status, 'LEADER', :file, :issued, :number, :notation, :issuedAt, :revoked,"
                        + " :replacedBy, :issued, :issued)")
                .param("id", id)
                .param("agency", doc.agency == null ? agency : doc.agency)
                .param("unit", doc.agency == null ? cntt.id() : null)
                .param("drafter", drafter.id())
                .param("drafterName", drafter.displayName())
                .param("type", doc.type)
                .param("subject", doc.subject)
                .param("urgency", doc.urgency)
                .param("confidentiality", doc.confidentiality)
                .param("signer", signer.id())
                .param("signerName", signer.displayName())
                .param("status", doc.status)
                .param("file", doc.signedFile)
                .param("issued", issued.atOffset(ZoneOffset.UTC))
                .param("number", doc.number)
                .param("notation", doc.notation)
                .param("issuedAt", "DRAFT".equals(doc.status) ? null : issued.atOffset(ZoneOffset.UTC))
                .param(
                        "revoked",
                        "REVOKED".equals(doc.status)
                                ? issued.plusSeconds(86_400).atOffset(ZoneOffset.UTC)
                                : null)
                .param("replacedBy", doc.replacedBy)
                .update();
        int position = 0;
        for (String name : doc.recipients) {
            jdbc.sql("insert into document.outgoing_recipient (id, document_id, agency_id, position, kind, name,"
                            + " status, status_at) values (:id, :doc, :agency, :position, 'EXTERNAL', :name, 'SENT',"
                            + " :at)")
                    .param("id", UUID.randomUUID())
                    .param("doc", id)
                    .param("agency", doc.agency == null ? agency : doc.agency)
                    .param("position", position++)
                    .param("name", name)
                    .param("at", issued.atOffset(ZoneOffset.UTC))
                    .update();
        }
        return id;
    }

    /** A document to write; defaults make an ordinary issued decision with one recipient and no signed file. */
    static final class Doc {
        @Nullable
        UUID agency;

        int number = 1;
        String notation = "QĐ-SKHCN";
        LocalDateTime issuedLocal = LocalDateTime.of(2015, 3, 2, 9, 0);
        String type = "QUYET_DINH";
        String subject = "Văn bản thử nghiệm";
        String urgency = "THUONG";
        String confidentiality = "THUONG";
        String status = "ISSUED";

        @Nullable
        UUID signedFile;

        @Nullable
        UUID replacedBy;

        List<String> recipients = List.of("Ủy ban nhân dân tỉnh Sen Hồng");

        Doc number(int value) {
            number = value;
            return this;
        }

        Doc notation(String value) {
            notation = value;
            return this;
        }

        Doc issued(LocalDateTime value) {
            issuedLocal = value;
            return this;
        }

        Doc subject(String value) {
            subject = value;
            return this;
        }

        Doc status(String value) {
            status = value;
            return this;
        }

        Doc signed(@Nullable UUID file) {
            signedFile = file;
            return this;
        }

        Doc recipients(String... names) {
            recipients = List.of(names);
            return this;
        }

        Doc confidentiality(String value) {
            confidentiality = value;
            return this;
        }

        Doc urgency(String value) {
            urgency = value;
            return this;
        }

        Doc agency(UUID value) {
            agency = value;
            return this;
        }

        Doc replacedBy(UUID value) {
            replacedBy = value;
            return this;
        }
    }

    static Doc doc() {
        return new Doc();
    }

    /** A confidential outgoing book of the demo agency, with the account as its reader. */
    void allowConfidential(UUID account, int year) {
        UUID book = UUID.randomUUID();
        jdbc.sql("insert into document.register_book (id, agency_id, direction, year, code, name, confidential,"
                        + " default_book, last_number, created_at) values (:id, :agency, 'OUTGOING', :year, :code,"
                        + " 'Sổ văn bản đi mật', true, false, 0, now())")
                .param("id", book)
                .param("agency", agency)
                .param("year", year)
                .param("code", "M-" + book.toString().substring(0, 8))
                .update();
        jdbc.sql("insert into document.register_book_reader (book_id, account_id) values (:b, :a)")
                .param("b", book)
                .param("a", account)
                .update();
    }
}
