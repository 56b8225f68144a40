package vn.sen.document;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.error.SenException;

/**
 * Keeps the incoming register books (sổ văn bản đến) and hands out arrival numbers (số đến). The agency's default
 * books of a year ({@value #DEFAULT_CODE} and the confidential {@value #SECRET_CODE}) appear on first use; an
 * administrator can add more.
 */
@Component
class RegisterBookKeeper {

    static final String DEFAULT_CODE = "DEN";
    static final String SECRET_CODE = "DEN-MAT";

    private final RegisterBooks books;
    private final NamedParameterJdbcTemplate jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    RegisterBookKeeper(RegisterBooks books, NamedParameterJdbcTemplate jdbc, StaffDirectory staff, Clock clock) {
        this.books = books;
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * The book a document goes to, locked for numbering: the chosen book (of the agency and year), else the default
     * book of the year, the confidential one for secret documents.
     */
    @Transactional
    RegisterBook lockBookFor(UUID agencyId, int year, @Nullable UUID bookId, boolean secret) {
        UUID id = bookId != null ? bookId : defaultBookId(agencyId, year, secret);
        RegisterBook book = books.lockById(id)
                .filter(b -> b.agencyId().equals(agencyId) && b.year() == year)
                .orElseThrow(() -> SenException.invalidField("bookId", "REGISTER_BOOK_NOT_FOUND"));
        if (secret && !book.confidential()) {
            throw SenException.invalidField("bookId", "REGISTER_BOOK_NOT_CONFIDENTIAL");
        }
        return book;
    }

    /** The id of the default book of the year, created by whichever registration needs it first. */
    @Transactional
    UUID defaultBookId(UUID agencyId, int year, boolean secret) {
        String code = secret ? SECRET_CODE : DEFAULT_CODE;
        // The id only: loading the entity here would put a stale copy in the persistence context before the lock.
        return idOf(agencyId, year, code).orElseGet(() -> createDefault(agencyId, year, secret, code));
    }

    private java.util.Optional<UUID> idOf(UUID agencyId, int year, String code) {
        return jdbc
                .queryForList(
                        "select id from document.register_book where agency_id = :a and direction = 'INCOMING'"
                                + " and year = :y and code = :c",
                        new MapSqlParameterSource()
                                .addValue("a", agencyId)
                                .addValue("y", year)
                                .addValue("c", code),
                        UUID.class)
                .stream()
                .findFirst();
    }

    private UUID createDefault(UUID agencyId, int year, boolean secret, String code) {
        String name = (secret ? "Sổ văn bản đến mật năm " : "Sổ văn bản đến năm ") + year;
        insertIfAbsent(agencyId, year, code, name, secret, true, secret ? initialReaders(agencyId) : Set.of());
        return idOf(agencyId, year, code).orElseThrow();
    }

    /** Adds a book of the year (e.g. a separate confidential book); the code is unique per agency and year. */
    @Transactional
    RegisterBookView add(
            UUID agencyId,
            int year,
            @Nullable String code,
            @Nullable String name,
            boolean confidential,
            Set<UUID> readers) {
        String c = Texts.required("code", code, 30);
        String n = Texts.required("name", name, 200);
        Set<UUID> allowed = new HashSet<>(readers);
        if (confidential) {
            allowed.addAll(initialReaders(agencyId));
        }
        if (!insertIfAbsent(agencyId, year, c, n, confidential, false, allowed)) {
            throw SenException.conflictField("code", "REGISTER_BOOK_CODE_TAKEN", c);
        }
        return books.incomingByCode(agencyId, year, c).orElseThrow().view();
    }

    List<RegisterBookView> booksOf(UUID agencyId, int year) {
        defaultBookId(agencyId, year, false);
        return books.incomingOf(agencyId, year).stream().map(RegisterBook::view).toList();
    }

    /**
     * Concurrent first registrations of a year race to create the default book: the unique key lets exactly one row
     * in and the others read it.
     */
    private boolean insertIfAbsent(
            UUID agencyId, int year, String code, String name, boolean secret, boolean dflt, Set<UUID> readers) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update(
                """
                insert into document.register_book
                  (id, agency_id, direction, year, code, name, confidential, default_book, last_number, created_at)
                values (:id, :agencyId, 'INCOMING', :year, :code, :name, :secret, :dflt, 0, :now)
                on conflict (agency_id, direction, year, code) do nothing
                """,
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("agencyId", agencyId)
                        .addValue("year", year)
                        .addValue("code", code)
                        .addValue("name", name)
                        .addValue("secret", secret)
                        .addValue("dflt", dflt)
                        .addValue("now", java.sql.Timestamp.from(clock.instant())));
        if (inserted == 1) {
            for (UUID reader : readers) {
                jdbc.update(
                        "insert into document.register_book_reader (book_id, account_id) values (:b, :a)",
                        new MapSqlParameterSource().addValue("b", id).addValue("a", reader));
            }
        }
        return inserted == 1;
    }

    /** A confidential book starts readable by the agency's clerks and leaders. */
    private Set<UUID> initialReaders(UUID agencyId) {
        Set<UUID> readers = new HashSet<>();
        for (StaffView s : staff.staffOf(agencyId)) {
            if (s.can(Permissions.DOC_REGISTER) || (s.can(Permissions.DOC_ASSIGN) && s.unitId() == null)) {
                readers.add(s.id());
            }
        }
        return readers;
    }
}
