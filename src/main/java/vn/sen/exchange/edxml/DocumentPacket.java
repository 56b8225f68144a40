package vn.sen.exchange.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document packet (gói tin văn bản): a new document, its revocation, update or replacement.
 *
 * @param documentId the edXML DocumentId: {@code senderOrganId,yyyy/MM/dd,number/notation}
 * @param typeCode {@code DocumentType/Type}; {@code typeName} its Vietnamese name ("Quyết định")
 * @param priority {@code OtherInfo/Priority} (0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc)
 * @param responseFor the document a revocation revokes (or a reply answers)
 * @param traceTime {@code TraceHeader/Timestamp}, the sender's local time (Asia/Ho_Chi_Minh)
 * @param updatedDocumentId for an update: {@code Bussiness/DocumentId}
 * @param replaced for a replacement: the documents it replaces
 * @param attachments the files, the signed main document first
 */
public record DocumentPacket(
        Organ from,
        List<Organ> to,
        String documentId,
        String codeNumber,
        String codeNotation,
        @Nullable String place,
        LocalDate promulgationDate,
        int typeCode,
        int typeDetail,
        String typeName,
        String subject,
        @Nullable String content,
        @Nullable String signerCompetence,
        @Nullable String signerPosition,
        @Nullable String signerFullName,
        @Nullable LocalDate dueDate,
        int priority,
        @Nullable Integer pageAmount,
        @Nullable String toPlaces,
        @Nullable ResponseFor responseFor,
        LocalDateTime traceTime,
        BusinessDocType businessDocType,
        String businessDocReason,
        StaffInfo staffInfo,
        @Nullable String updatedDocumentId,
        List<Replaced> replaced,
        List<Attachment> attachments)
        implements EdxmlPacket {

    public DocumentPacket {
        to = List.copyOf(to);
        replaced = List.copyOf(replaced);
        attachments = List.copyOf(attachments);
    }

    /** One replaced document ({@code ReplacementInfo}): its DocumentId and the agencies that received it. */
    public record Replaced(String documentId, List<String> organIds) {
        public Replaced {
            organIds = List.copyOf(organIds);
        }
    }

    @Override
    public String senderOrganId() {
        return from.organId();
    }
}
