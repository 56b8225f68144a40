package vn.sen.onestop;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.sen.organization.AgencyView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;

/**
 * Takes in a dossier the national portal handed over (tiếp nhận hồ sơ từ Cổng Dịch vụ công quốc gia): the message is
 * checked field by field, the procedure found by its national code within the agency of {@code MaCoQuan}, the files
 * decoded strictly, and the dossier filed like any online dossier ({@link OnlineFiling}); its national reference is
 * kept beside Sen's code and the message in the inbox, all in one transaction. The same message again is answered with
 * the first answer and changes nothing; another message with the same national reference answers the same dossier.
 */
@Service
@Transactional
class NationalPortalIntake {

    /** Who the dossier's history says filed it. */
    static final String ACTOR = "Cổng Dịch vụ công quốc gia";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private final OnlineFiling filing;
    private final ProcedureCatalogue catalogue;
    private final Procedures procedures;
    private final Dossiers dossiers;
    private final OrganizationDirectory organization;
    private final NationalPortalSettings settings;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final WorkingTime time;
    private final Clock clock;

    NationalPortalIntake(
            OnlineFiling filing,
            ProcedureCatalogue catalogue,
            Procedures procedures,
            Dossiers dossiers,
            OrganizationDirectory organization,
            NationalPortalSettings settings,
            JdbcTemplate jdbc,
            JsonMapper json,
            WorkingTime time,
            Clock clock) {
        this.filing = filing;
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.organization = organization;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
        this.clock = clock;
    }

    /** Files the dossier of {@code m}, or answers again what the same message or reference was answered. */
    String receive(PortalMessage m) {
        String messageId = identifier("MaThongDiep", m.messageId());
        Optional<String> replay = jdbc
                .queryForList("select answer from onestop.portal_inbox where message_id = ?", String.class, messageId)
                .stream()
                .findFirst();
        if (replay.isPresent()) {
            return replay.get();
        }
        String ref = identifier("MaHoSoQG", m.nationalRef());
        if (m.channel() == null || m.channel() != Channel.ONLINE.nationalCode()) {
            throw SenException.invalidField("KenhThucHien", "NATIONAL_PORTAL_CHANNEL_INVALID");
        }
        Instant filedAt = moment("NgayNopHoSo", m.filedAt());
        ProcedureView p = procedure(required("MaCoQuan", m.agencyCode()), required("MaTTHC", m.procedureCode()));
        Optional<UUID> known = jdbc
                .queryForList("select dossier_id from onestop.portal_dossier where national_ref = ?", UUID.class, ref)
                .stream()
                .findFirst();
        DossierView dossier;
        if (known.isPresent()) {
            dossier = dossiers.findById(known.get()).orElseThrow().view();
            if (!dossier.procedureId().equals(p.id())) {
                throw SenException.conflictField("MaHoSoQG", "NATIONAL_PORTAL_REFERENCE_CONFLICT", ref);
            }
        } else {
            dossier = file(p, m, ref);
            jdbc.update(
                    "insert into onestop.portal_dossier (dossier_id, national_ref, message_id, filed_at_portal,"
                            + " received_at) values (?,?,?,?,?)",
                    dossier.id(),
                    ref,
                    messageId,
                    Timestamp.from(filedAt),
                    Timestamp.from(clock.instant()));
        }
        String answer = answer(dossier, ref);
        jdbc.update(
                "insert into onestop.portal_inbox (message_id, national_ref, dossier_id, answer, received_at)"
                        + " values (?,?,?,?,?)",
                messageId,
                ref,
                dossier.id(),
                answer,
                Timestamp.from(clock.instant()));
        return answer;
    }

    private DossierView file(ProcedureView p, PortalMessage m, String ref) {
        List<ComponentUpload> uploads = uploads(m.documents());
        DossierView view =
                filing.file(new DossierFiling(p, Channel.ONLINE, applicant(m.applicant()), null, ref), uploads, ACTOR);
        // The idempotency key is shared with Sen's own portal: a citizen's dossier under this key is not ours to
        // answer.
        if (dossiers.findById(view.id()).map(Dossier::citizenAccountId).isPresent()) {
            throw SenException.conflictField("MaHoSoQG", "NATIONAL_PORTAL_REFERENCE_CONFLICT", ref);
        }
        return view;
    }

    /** The published procedure with this national code in the competent agency (or its successor after a merger). */
    private ProcedureView procedure(String agencyCode, String procedureCode) {
        LocalDate today = LocalDate.now(clock.withZone(time.zone()));
        AgencyView agency = organization
                .resolve(agencyCode, today)
                .flatMap(a -> organization.currentSuccessor(a.id(), today))
                .orElseThrow(() -> SenException.invalidField("MaCoQuan", "NATIONAL_PORTAL_AGENCY_UNKNOWN", agencyCode));
        return procedures
                .findByAgencyIdAndNationalCode(agency.id(), procedureCode)
                .flatMap(found -> catalogue.find(found.getId()))
                .orElseThrow(() -> SenException.invalidField(
                        "MaTTHC", "NATIONAL_PORTAL_PROCEDURE_UNKNOWN", procedureCode, agency.code()));
    }

    private static ApplicantView applicant(PortalMessage.@Nullable Holder h) {
        if (h == null) {
            throw SenException.invalidField("ChuHoSo", "NATIONAL_PORTAL_FIELD_REQUIRED", "ChuHoSo");
        }
        ApplicantKind kind =
                switch (h.kind() == null ? 0 : h.kind()) {
                    case 1 -> ApplicantKind.CITIZEN;
                    case 2 -> ApplicantKind.ORGANISATION;
                    case 3 -> ApplicantKind.FOREIGNER;
                    default ->
                        throw SenException.invalidField(
                                "ChuHoSo.LoaiDoiTuong", "NATIONAL_PORTAL_FIELD_INVALID", "ChuHoSo.LoaiDoiTuong");
                };
        // The rest is checked by FilingRules, as for every filing.
        return new ApplicantView(
                kind,
                required("ChuHoSo.SoDinhDanh", h.idNumber()),
                required("ChuHoSo.HoTen", h.name()),
                h.address(),
                h.phone(),
                h.email());
    }

    /** The files, decoded strictly, within the count and total size allowed. */
    private List<ComponentUpload> uploads(@Nullable List<PortalMessage.Document> documents) {
        if (documents == null || documents.isEmpty()) {
            throw SenException.invalidField("TaiLieuNop", "NATIONAL_PORTAL_FIELD_REQUIRED", "TaiLieuNop");
        }
        if (documents.size() > settings.maxFiles) {
            throw SenException.invalidField(
                    "TaiLieuNop", "NATIONAL_PORTAL_TOO_MANY_FILES", String.valueOf(settings.maxFiles));
        }
        long total = 0;
        List<ComponentUpload> uploads = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            PortalMessage.Document d = documents.get(i);
            String field = "TaiLieuNop[" + i + "]";
            if (d == null || d.component() == null) {
                throw SenException.invalidField(field, "NATIONAL_PORTAL_FIELD_REQUIRED", field + ".ThanhPhanHoSo");
            }
            String name = required(field + ".TenTepDinhKem", d.fileName());
            if (name.length() > 255) {
                throw SenException.invalidField(field, "NATIONAL_PORTAL_FIELD_INVALID", field + ".TenTepDinhKem");
            }
            String base64 = required(field + ".NoiDungTep", d.base64());
            // Counted before decoding: an oversized file is refused without being held twice in memory.
            total += base64.length() / 4L * 3;
            if (total > settings.maxFilesBytes + 2) {
                throw SenException.invalidField(
                        "TaiLieuNop", "NATIONAL_PORTAL_FILES_TOO_LARGE", String.valueOf(settings.maxFilesBytes));
            }
            uploads.add(
                    new ComponentUpload(d.component(), name, new ByteArrayInputStream(decode(base64, i + 1, name))));
        }
        return uploads;
    }

    /**
     * Strict base64 (RFC 4648 §4): the standard alphabet, padded to a multiple of four, no line breaks or spaces, and
     * the canonical form (unused bits zero) — so that one file has exactly one accepted encoding.
     */
    static byte[] decode(String base64, int position, String name) {
        byte[] bytes;
        try {
            if (base64.isEmpty() || base64.length() % 4 != 0) {
                throw new IllegalArgumentException("length");
            }
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw SenException.invalidField(
                    "TaiLieuNop", "NATIONAL_PORTAL_BASE64_INVALID", String.valueOf(position), name);
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(base64)) {
            throw SenException.invalidField(
                    "TaiLieuNop", "NATIONAL_PORTAL_BASE64_INVALID", String.valueOf(position), name);
        }
        return bytes;
    }

    private String answer(DossierView d, String ref) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("MaHoSoQG", ref);
        answer.put("MaHoSo", d.code());
        answer.put("ThoiDiemNhanHoSo", StatusMapping.format(d.submittedAt(), time.zone()));
        return json.writeValueAsString(answer);
    }

    /** NgayNopHoSo: ISO 8601 with its offset, or {@code yyyyMMddHHmmss} in Vietnam's time. */
    private Instant moment(String field, @Nullable String value) {
        String text = required(field, value);
        try {
            return text.length() == 14 && text.chars().allMatch(Character::isDigit)
                    ? LocalDateTime.parse(text, COMPACT).atZone(time.zone()).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw SenException.invalidField(field, "NATIONAL_PORTAL_FIELD_INVALID", field);
        }
    }

    private static String identifier(String field, @Nullable String value) {
        String text = required(field, value);
        if (!IDENTIFIER.matcher(text).matches()) {
            throw SenException.invalidField(field, "NATIONAL_PORTAL_FIELD_INVALID", field);
        }
        return text;
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw SenException.invalidField(field, "NATIONAL_PORTAL_FIELD_REQUIRED", field);
        }
        return value.strip();
    }
}
