package vn.sen.exchange;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.sen.document.DocumentType;
import vn.sen.document.OutgoingDocumentIssued;
import vn.sen.document.Urgency;

/** What each agency issued, kept so that a later replacement can carry the replacing document. */
@Component
class IssuedDocuments {

    private final JdbcTemplate jdbc;

    IssuedDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void keep(OutgoingDocumentIssued d, String edxmlDocumentId) {
        jdbc.update(
                "insert into exchange.issued_document (outgoing_document_id, agency_id, edxml_document_id, number,"
                        + " notation, issued_date, type, subject, signer_position, signer_name, urgency, to_places,"
                        + " signed_file_id, attachment_file_ids) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                        + " on conflict (outgoing_document_id) do nothing",
                d.documentId(),
                d.agencyId(),
                edxmlDocumentId,
                d.number(),
                d.notation(),
                Date.valueOf(d.issuedDate()),
                d.type().name(),
                d.subject(),
                d.signerPosition(),
                d.signerName(),
                d.urgency().name(),
                d.toPlaces(),
                d.signedFileId(),
                d.attachmentFileIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
    }

    /** The issued document as its event told it (the recipients left out), with its edXML DocumentId. */
    Optional<Issued> find(UUID outgoingDocumentId) {
        return jdbc
                .query(
                        "select * from exchange.issued_document where outgoing_document_id = ?",
                        (rs, n) -> new Issued(
                                new OutgoingDocumentIssued(
                                        rs.getObject("outgoing_document_id", UUID.class),
                                        rs.getObject("agency_id", UUID.class),
                                        rs.getInt("number"),
                                        rs.getString("notation"),
                                        rs.getDate("issued_date").toLocalDate(),
                                        DocumentType.valueOf(rs.getString("type")),
                                        rs.getString("subject"),
                                        rs.getString("signer_position"),
                                        rs.getString("signer_name"),
                                        Urgency.valueOf(rs.getString("urgency")),
                                        rs.getString("to_places"),
                                        rs.getObject("signed_file_id", UUID.class),
                                        ids(rs.getString("attachment_file_ids")),
                                        List.of(),
                                        rs.getTimestamp("issued_date").toInstant()),
                                rs.getString("edxml_document_id")),
                        outgoingDocumentId)
                .stream()
                .findFirst();
    }

    private static List<UUID> ids(String joined) {
        return joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }

    record Issued(OutgoingDocumentIssued document, String edxmlDocumentId) {}
}
