package vn.sen.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registration form (phiếu vào sổ văn bản đến) as the page binds it: the metadata of {@link IncomingDraft}, the
 * files, the one-time submission key and the clerk's "register anyway" answer to a duplicate warning. A bean, because
 * Thymeleaf binds form fields through getters and setters.
 */
public class IncomingRegistrationForm {

    private String submissionKey = UUID.randomUUID().toString();
    private boolean confirmDuplicate;
    private @Nullable String organId;
    private @Nullable String organName;
    private @Nullable String codeNumber;
    private @Nullable String codeNotation;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate issuedDate;

    private @Nullable DocumentType type;
    private @Nullable String subject;
    private @Nullable String signerPosition;
    private @Nullable String signerName;
    private Urgency urgency = Urgency.THUONG;
    private Confidentiality confidentiality = Confidentiality.THUONG;
    private @Nullable Integer pageAmount;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate dueDate;

    private @Nullable String toPlaces;
    private @Nullable String description;
    private @Nullable UUID bookId;
    private @Nullable MultipartFile mainFile;
    private List<MultipartFile> attachments = new ArrayList<>();

    IncomingDraft draft() {
        return new IncomingDraft(
                organId,
                organName,
                codeNumber,
                codeNotation,
                issuedDate,
                type,
                subject,
                signerPosition,
                signerName,
                urgency,
                confidentiality,
                pageAmount,
                dueDate,
                toPlaces,
                description,
                bookId);
    }

    /** The main PDF, when one was chosen (an empty file part means none). */
    @Nullable
    Upload mainUpload() {
        return mainFile == null || mainFile.isEmpty() ? null : upload(mainFile);
    }

    List<Upload> attachmentUploads() {
        return attachments.stream()
                .filter(f -> f != null && !f.isEmpty())
                .map(IncomingRegistrationForm::upload)
                .toList();
    }

    private static Upload upload(MultipartFile file) {
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "tep"
                        : file.getOriginalFilename();
        return new Upload(name, file);
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public boolean isConfirmDuplicate() {
        return confirmDuplicate;
    }

    public void setConfirmDuplicate(boolean confirmDuplicate) {
        this.confirmDuplicate = confirmDuplicate;
    }

    public @Nullable String getOrganId() {
        return organId;
    }

    public void setOrganId(@Nullable String organId) {
        this.organId = organId;
    }

    public @Nullable String getOrganName() {
        return organName;
    }

    public void setOrganName(@Nullable String organName) {
        this.organName = organName;
    }

    public @Nullable String getCodeNumber() {
        return codeNumber;
    }

    public void setCodeNumber(@Nullable String codeNumber) {
        this.codeNumber = codeNumber;
    }

    public @Nullable String getCodeNotation() {
        return codeNotation;
    }

    public void setCodeNotation(@Nullable String codeNotation) {
        this.codeNotation = codeNotation;
    }

    public @Nullable LocalDate getIssuedDate() {
        return issuedDate;
    }

    public void setIssuedDate(@Nullable LocalDate issuedDate) {
        this.issuedDate = issuedDate;
    }

    public @Nullable DocumentType getType() {
        return type;
    }

    public void setType(@Nullable DocumentType type) {
        this.type = type;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject;
    }

    public @Nullable String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(@Nullable String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public @Nullable String getSignerName() {
        return signerName;
    }

    public void setSignerName(@Nullable String signerName) {
        this.signerName = signerName;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(@Nullable Urgency urgency) {
        this.urgency = urgency == null ? Urgency.THUONG : urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(@Nullable Confidentiality confidentiality) {
        this.confidentiality = confidentiality == null ? Confidentiality.THUONG : confidentiality;
    }

    public @Nullable Integer getPageAmount() {
        return pageAmount;
    }

    public void setPageAmount(@Nullable Integer pageAmount) {
        this.pageAmount = pageAmount;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public @Nullable String getToPlaces() {
        return toPlaces;
    }

    public void setToPlaces(@Nullable String toPlaces) {
        this.toPlaces = toPlaces;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable UUID getBookId() {
        return bookId;
    }

    public void setBookId(@Nullable UUID bookId) {
        this.bookId = bookId;
    }

    public @Nullable MultipartFile getMainFile() {
        return mainFile;
    }

    public void setMainFile(@Nullable MultipartFile mainFile) {
        this.mainFile = mainFile;
    }

    public List<MultipartFile> getAttachments() {
        return attachments;
    }

    public void setAttachments(@Nullable List<MultipartFile> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : attachments;
    }
}
