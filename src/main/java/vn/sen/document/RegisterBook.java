package vn.sen.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import vn.sen.shared.persistence.AssignedIdEntity;

/**
 * Register book (sổ văn bản) of one agency, direction and year. Its row is the number counter: taking a number locks
 * it until the registration commits, so numbers run 1, 2, 3… without gaps or repeats, and the next year's book starts
 * again at 1. A confidential book (sổ văn bản mật) lists the accounts allowed to see its documents.
 */
@Entity
@Table(schema = "document", name = "register_book")
class RegisterBook extends AssignedIdEntity {

    static final String INCOMING = "INCOMING";

    @Id
    private UUID id;

    private UUID agencyId;
    private String direction;
    private int year;
    private String code;
    private String name;
    private boolean confidential;
    private boolean defaultBook;
    private int lastNumber;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(schema = "document", name = "register_book_reader", joinColumns = @JoinColumn(name = "book_id"))
    @Column(name = "account_id")
    private Set<UUID> readers = new HashSet<>();

    @Version
    private long version;

    protected RegisterBook() {}

    RegisterBook(
            UUID agencyId,
            String direction,
            int year,
            String code,
            String name,
            boolean confidential,
            boolean defaultBook,
            Set<UUID> readers,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.direction = direction;
        this.year = year;
        this.code = code;
        this.name = name;
        this.confidential = confidential;
        this.defaultBook = defaultBook;
        this.readers = new HashSet<>(readers);
        this.createdAt = createdAt;
    }

    /** The next number of the book; call only on a row locked for update. */
    int takeNextNumber() {
        lastNumber++;
        return lastNumber;
    }

    /** Whether the account may see the book's documents (everyone for a normal book). */
    boolean readableBy(Set<UUID> accountIds) {
        return !confidential || accountIds.stream().anyMatch(readers::contains);
    }

    void allow(UUID accountId) {
        readers.add(accountId);
    }

    RegisterBookView view() {
        return new RegisterBookView(id, agencyId, year, code, name, confidential, defaultBook, lastNumber);
    }

    @Override
    public UUID getId() {
        return id;
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    int year() {
        return year;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    boolean confidential() {
        return confidential;
    }

    boolean defaultBook() {
        return defaultBook;
    }

    int lastNumber() {
        return lastNumber;
    }

    Set<UUID> readers() {
        return Set.copyOf(readers);
    }
}
