package vn.sen.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncomingDocuments extends JpaRepository<IncomingDocument, UUID> {

    Optional<IncomingDocument> findBySubmissionKey(String submissionKey);

    /** Registrations of the same number, notation and issuing body in the same year (the duplicate warning). */
    @Query("select d from IncomingDocument d where d.agencyId = :agencyId and d.arrivalYear = :year"
            + " and d.codeNumber = :number and lower(d.codeNotation) = lower(:notation)"
            + " and lower(d.organName) = lower(:organName) and d.status <> vn.sen.document.IncomingStatus.RETURNED"
            + " order by d.arrivalNumber")
    List<IncomingDocument> sameIdentity(UUID agencyId, int year, String number, String notation, String organName);
}
