package vn.sen.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.UnitView;
import vn.sen.organization.WorkingTime;
import vn.sen.search.AttachmentReading;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.web.ErrorMessages;

/**
 * What the incoming-document pages share: refusals in Vietnamese (next to the field, or as a flash naming the field),
 * the people and units a form may choose, handler choices encoded as {@code A:<account>} / {@code U:<unit>}, and the
 * zone pages show times in.
 */
@Component
class IncomingPageSupport {

    private final ErrorMessages messages;
    private final StaffDirectory staff;
    private final OrganizationDirectory organization;
    private final WorkingTime workingTime;
    private final NamedParameterJdbcTemplate jdbc;
    private final AttachmentReading attachmentReading;

    IncomingPageSupport(
            ErrorMessages messages,
            StaffDirectory staff,
            OrganizationDirectory organization,
            WorkingTime workingTime,
            NamedParameterJdbcTemplate jdbc,
            AttachmentReading attachmentReading) {
        this.messages = messages;
        this.staff = staff;
        this.organization = organization;
        this.workingTime = workingTime;
        this.jdbc = jdbc;
        this.attachmentReading = attachmentReading;
    }

    /** How far the search has read each of the document's files (the reading runs in the background). */
    Map<UUID, String> fileReading(IncomingDocumentView doc) {
        return attachmentReading.labels(
                doc.files().stream().map(IncomingFileView::fileId).toList());
    }

    ZoneId zone() {
        return workingTime.zone();
    }

    LocalDate today() {
        return LocalDate.now(zone());
    }

    String text(String key, Object... args) {
        return messages.of(key, args);
    }

    /** A refusal for a flash message: "Field: message" when the core names the field. */
    String refusal(SenException e) {
        String message = messages.of(e);
        if (e.field() == null) {
            return message;
        }
        return messages.of("incoming.refusal.withField", messages.of("incoming.field." + e.field()), message);
    }

    /** Puts an invalid or conflicting input next to its field (else on top of the form); the rest is not a form error. */
    void bind(SenException e, BindingResult form) {
        if (e.kind() != ErrorKind.INVALID && e.kind() != ErrorKind.CONFLICT) {
            throw e;
        }
        String field = e.field();
        if (field != null && hasField(form, field)) {
            form.rejectValue(field, e.code(), messages.of(e));
        } else {
            form.reject(e.code(), refusal(e));
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }

    /** Enabled staff of the agency by name, for handler choices (value {@code A:<id>}, text the display name). */
    Map<String, String> people(UUID agencyId) {
        Map<String, String> people = new LinkedHashMap<>();
        staff.staffOf(agencyId).stream()
                .filter(StaffView::enabled)
                .sorted(java.util.Comparator.comparing(StaffView::displayName))
                .forEach(s -> people.put("A:" + s.id(), s.displayName()));
        return people;
    }

    /** Units of the agency active today (value {@code U:<id>}). */
    Map<String, String> units(UUID agencyId) {
        Map<String, String> units = new LinkedHashMap<>();
        organization.unitsOf(agencyId).stream()
                .filter(u -> u.activeOn(today()))
                .sorted(java.util.Comparator.comparing(UnitView::name))
                .forEach(u -> units.put("U:" + u.id(), u.name()));
        return units;
    }

    /** Enabled staff for filters (value the account id). */
    Map<UUID, String> staffNames(UUID agencyId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        staff.staffOf(agencyId).stream()
                .filter(StaffView::enabled)
                .sorted(java.util.Comparator.comparing(StaffView::displayName))
                .forEach(s -> names.put(s.id(), s.displayName()));
        return names;
    }

    /** Reads a handler choice; a malformed one is the same as none (the core then asks for the field). */
    static @Nullable HandlerRef handler(@Nullable String choice) {
        if (choice == null || choice.length() < 3) {
            return null;
        }
        try {
            UUID id = UUID.fromString(choice.substring(2));
            return switch (choice.charAt(0)) {
                case 'A' -> new HandlerRef(id, null);
                case 'U' -> new HandlerRef(null, id);
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<HandlerRef> handlers(@Nullable List<String> choices) {
        List<HandlerRef> refs = new ArrayList<>();
        if (choices != null) {
            for (String c : choices) {
                HandlerRef ref = handler(c);
                if (ref != null) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    /** The confidential books the actor (or the leader they act for) is listed as a reader of. */
    Set<UUID> readableConfidentialBooks(Actor actor) {
        return new HashSet<>(jdbc.queryForList(
                "select book_id from document.register_book_reader where account_id in (:selves)",
                new MapSqlParameterSource("selves", ActingPerson.selves(actor)),
                UUID.class));
    }
}
