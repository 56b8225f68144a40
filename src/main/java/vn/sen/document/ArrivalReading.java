package vn.sen.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.shared.error.SenException;
import vn.sen.signing.PdfSignatures;
import vn.sen.signing.ValidationReport;

/** Reads electronic arrivals for the recipient agency's clerks and leaders: the lists, one arrival, its files. */
@Component
@Transactional(readOnly = true)
class ArrivalReading {

    static final int MAX_PAGE_SIZE = 100;
    private static final Set<ArrivalState> TAKEN = EnumSet.of(ArrivalState.ACCEPTED, ArrivalState.RETURNED);

    private final ArrivalAccess access;
    private final ElectronicArrivalRecords arrivals;
    private final FileStore fileStore;
    private final PdfSignatures signatures;

    ArrivalReading(
            ArrivalAccess access, ElectronicArrivalRecords arrivals, FileStore fileStore, PdfSignatures signatures) {
        this.access = access;
        this.arrivals = arrivals;
        this.fileStore = fileStore;
        this.signatures = signatures;
    }

    /**
     * The waiting arrivals (urgent first), or those already taken (accepted or returned, newest first).
     *
     * @param taken false for the waiting list
     */
    ArrivalPage list(boolean taken, int page, int size) {
        UUID agency = access.agency();
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        Page<ElectronicArrival> found = taken
                ? arrivals.newestFirst(agency, TAKEN, PageRequest.of(p, s))
                : arrivals.urgentFirst(agency, EnumSet.of(ArrivalState.WAITING), PageRequest.of(p, s));
        return new ArrivalPage(
                found.getContent().stream().map(ElectronicArrival::listItem).toList(),
                found.getTotalElements(),
                p,
                s,
                waiting(agency));
    }

    /** How many arrivals wait in the current actor's agency (0 for those who may not see them). */
    long waitingCount() {
        try {
            return waiting(access.agency());
        } catch (SenException notAllowed) {
            return 0;
        }
    }

    private long waiting(UUID agency) {
        return arrivals.countByRecipientAgencyIdAndState(agency, ArrivalState.WAITING);
    }

    ElectronicArrivalView get(UUID id) {
        ElectronicArrival a = access.load(id);
        List<ArrivalFileView> files = a.fileIds().stream()
                .map(fileId -> file(fileId, fileId.equals(a.mainFileId())))
                .toList();
        return a.view(files);
    }

    private ArrivalFileView file(UUID fileId, boolean main) {
        StoredFile f = fileStore.describe(fileId);
        return new ArrivalFileView(f.id(), main, f.fileName(), f.mediaType(), f.size());
    }

    /** A file of an arrival the actor may see; the caller closes the stream. */
    IncomingReading.Download download(UUID arrivalId, UUID fileId) {
        ElectronicArrival a = access.load(arrivalId);
        if (!a.fileIds().contains(fileId)) {
            throw SenException.notFound("DOCUMENT_FILE_NOT_FOUND");
        }
        StoredFile f = fileStore.describe(fileId);
        return new IncomingReading.Download(f.fileName(), f.mediaType(), fileStore.open(fileId));
    }

    /** The validation of the main PDF's signatures; the signing module's refusals pass through. */
    ValidationReport signatures(UUID arrivalId) {
        ElectronicArrival a = access.load(arrivalId);
        byte[] pdf;
        try (InputStream in = fileStore.open(a.mainFileId())) {
            pdf = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signatures.validate(pdf);
    }

    /** The arrival an incoming document came from, if it came electronically (no access check: ids only). */
    Optional<UUID> arrivalOf(UUID incomingDocumentId) {
        return arrivals.findByIncomingDocumentId(incomingDocumentId).map(ElectronicArrival::id);
    }
}
