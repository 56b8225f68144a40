package vn.sen.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.sen.shared.security.Actor;

/**
 * A province's searchable records for the search benchmark of issue 7, written straight into {@code search.entry}
 * with PostgreSQL {@code COPY}: incoming documents (55 %), outgoing documents (30 %), one-stop dossiers (14.7 %) and
 * procedures (0.3 %) of 20 agencies with 8 units and 40 accounts each, spread over five years, with Vietnamese
 * subjects, numbers and notations, issuing bodies, signers and about 2 KB of attachment text each.
 *
 * <p>Record {@code i} is a pure function of the seed and {@code i} ({@link #record}), so the benchmark can rebuild any
 * record (its reference, agency, readers) to make queries without reading the database, and a load that stopped
 * half-way resumes where the table ends. The reader tokens follow the modules' {@code SearchSource}s (incoming:
 * {@code INCOMING:all:agency}, the leader it was submitted to, assignees as persons or units; outgoing: drafter,
 * reviewer, signer, clerk, {@code OUTGOING:approved:agency} once approved, receiving units once issued; dossiers: the
 * competent agency, the receiving desk, the online applicant; procedures: public), and {@link #actor} gives each
 * generated account the permissions of its role, so the tokens Sen computes for it meet the generated readers.
 */
final class SearchCorpus {

    static final int AGENCIES = 20;
    static final int UNITS = 8;
    static final int ACCOUNTS = 40;
    static final int YEARS = 5;
    /** The last day of the generated period; records spread over the {@link #YEARS} before it. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final String COLUMNS =
            "id, kind, agency_id, unit_id, title, refs, names, body, content, doc_type, status, urgency, at, readers,"
                    + " link, indexed_at";

    /** What an account does; the permissions are those of {@code identity.Role}'s bundle of the same name. */
    enum Role {
        AGENCY_LEADER("STAFF", "ORG_READ", "DOC_ASSIGN", "DOC_REVIEW", "DOC_SIGN", "DELEGATE", "DOSSIER_PROCESS"),
        CLERK("STAFF", "ORG_READ", "DOC_REGISTER", "DOC_ISSUE", "DOSSIER_PROCESS"),
        DIVISION_LEADER("STAFF", "ORG_READ", "DOC_ASSIGN", "DOC_PROCESS", "DOC_REVIEW", "DELEGATE", "DOSSIER_PROCESS"),
        SPECIALIST("STAFF", "ORG_READ", "DOC_PROCESS", "DOSSIER_PROCESS"),
        ONESTOP_OFFICER("STAFF", "ORG_READ", "DOSSIER_RECEIVE");

        final Set<String> permissions;

        Role(String... permissions) {
            this.permissions = Set.of(permissions);
        }
    }

    record Unit(UUID id, String name, String code) {}

    record Person(UUID id, String username, String name, Role role, int agency, @Nullable Unit unit) {}

    record Agency(
            int index,
            UUID id,
            String code,
            String name,
            String shortName,
            List<Unit> units,
            List<Person> people,
            Map<Role, List<Person>> byRole,
            Map<Unit, List<Person>> specialistsByUnit) {

        Agency(int index, UUID id, String code, String name, String shortName, List<Unit> units, List<Person> people) {
            this(
                    index,
                    id,
                    code,
                    name,
                    shortName,
                    units,
                    people,
                    people.stream().collect(Collectors.groupingBy(Person::role)),
                    people.stream()
                            .filter(p -> p.role() == Role.SPECIALIST)
                            .collect(Collectors.groupingBy(Person::unit)));
        }

        List<Person> with(Role role) {
            return byRole.getOrDefault(role, List.of());
        }
    }

    /** One row of {@code search.entry}. */
    record Row(
            UUID id,
            String kind,
            UUID agencyId,
            @Nullable UUID unitId,
            String title,
            List<String> references,
            List<String> names,
            String body,
            String content,
            @Nullable String type,
            String status,
            @Nullable String urgency,
            Instant at,
            Set<String> readers,
            String link) {}

    private static final Set<String> APPROVED =
            Set.of("APPROVED", "SIGNED", "NUMBERED", "ISSUED", "REVOKED", "REPLACED");
    private static final Set<String> NUMBERED = Set.of("NUMBERED", "ISSUED", "REVOKED", "REPLACED");
    private static final Set<String> ISSUED = Set.of("ISSUED", "REVOKED", "REPLACED");

    final long seed;
    final List<Agency> agencies;
    final List<Person> people;
    private final Instant first;
    private final long span;

    SearchCorpus(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        List<Agency> list = new ArrayList<>();
        List<Person> all = new ArrayList<>();
        for (int a = 0; a < AGENCIES; a++) {
            UUID agencyId = uuid(random);
            List<Unit> units = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                String[] unit = Words.UNITS[u];
                units.add(new Unit(uuid(random), unit[0], unit[1]));
            }
            List<Person> people = new ArrayList<>();
            for (int p = 0; p < ACCOUNTS; p++) {
                Role role;
                Unit unit;
                if (p < 3) {
                    role = Role.AGENCY_LEADER;
                    unit = null;
                } else if (p < 5) {
                    role = Role.CLERK;
                    unit = units.get(0);
                } else if (p < 5 + UNITS) {
                    role = Role.DIVISION_LEADER;
                    unit = units.get(p - 5);
                } else if (p < 7 + UNITS) {
                    role = Role.ONESTOP_OFFICER;
                    unit = units.get(0);
                } else {
                    role = Role.SPECIALIST;
                    unit = units.get(1 + (p % (UNITS - 1)));
                }
                people.add(new Person(uuid(random), "u" + a + "." + p, personName(random), role, a, unit));
            }
            String[] agency = Words.AGENCIES[a];
            list.add(new Agency(
                    a, agencyId, "H99." + (10 + a), agency[0], agency[1], List.copyOf(units), List.copyOf(people)));
            all.addAll(people);
        }
        this.agencies = List.copyOf(list);
        this.people = List.copyOf(all);
        this.first = LAST_DAY.minusYears(YEARS).atStartOfDay(ZONE).toInstant();
        this.span = LAST_DAY.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli() - first.toEpochMilli();
    }

    /** The actor Sen would build for a generated account (permissions of its role, its agency and unit). */
    Actor actor(Person person) {
        return new Actor(
                person.id(),
                person.username(),
                person.name(),
                agencies.get(person.agency()).id(),
                person.unit() == null ? null : person.unit().id(),
                false,
                person.role().permissions,
                null);
    }

    /** Record {@code i}: the same for the same seed, whatever else was generated. */
    Row record(long i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
        UUID id = uuid(r);
        Agency agency = agencies.get(r.nextInt(AGENCIES));
        double kind = r.nextDouble();
        // later years hold a little more than earlier ones (more is done online every year)
        long offset = (long) (span * Math.sqrt(r.nextDouble()));
        Instant at = first.plusMillis(offset);
        if (kind < 0.55) {
            return incoming(r, id, agency, at);
        } else if (kind < 0.85) {
            return outgoing(r, id, agency, at);
        } else if (kind < 0.997) {
            return dossier(r, id, agency, at);
        }
        return procedure(r, id, agency, at);
    }

    private Row incoming(SplittableRandom r, UUID id, Agency agency, Instant at) {
        String type = documentType(r);
        String subject = subject(r, type);
        int sender = r.nextInt(Words.BODIES.length + AGENCIES);
        String senderName;
        String senderCode;
        if (sender < Words.BODIES.length) {
            senderName = Words.BODIES[sender][0];
            senderCode = Words.BODIES[sender][1];
        } else {
            Agency other = agencies.get(sender - Words.BODIES.length);
            senderName = other.name();
            senderCode = other.shortName();
        }
        String notation = notation(type, senderCode, Words.UNITS[r.nextInt(UNITS)][1]);
        String reference = number(1 + r.nextInt(3000)) + "/" + notation;
        String signer = personName(r);
        String position = Words.POSITIONS[r.nextInt(Words.POSITIONS.length)];
        long days = daysBefore(at);
        String status = incomingStatus(r, days);
        Set<String> readers = new LinkedHashSet<>();
        Unit main = agency.units().get(1 + r.nextInt(UNITS - 1));
        List<String> texts = new ArrayList<>();
        if (r.nextInt(50) == 0) {
            // a confidential book: its readers only
            for (Person p : agency.with(Role.AGENCY_LEADER).subList(0, 2)) {
                readers.add("INCOMING:acct:" + p.id());
            }
            readers.add("INCOMING:acct:" + agency.with(Role.CLERK).get(0).id());
        } else {
            readers.add("INCOMING:all:" + agency.id());
            if (!status.equals("REGISTERED")) {
                Person leader = pick(r, agency.with(Role.AGENCY_LEADER));
                readers.add("INCOMING:acct:" + leader.id());
                if (!status.equals("SUBMITTED")) {
                    // the leader also assigned it (assigned_by), already a reader
                    if (r.nextInt(5) < 4) {
                        Person handler = specialistOf(r, agency, main);
                        readers.add("INCOMING:acct:" + handler.id());
                        texts.add(opinion(r) + " " + handler.name());
                    } else {
                        readers.add("INCOMING:unit:" + main.id());
                        texts.add(opinion(r) + " " + main.name());
                    }
                    if (r.nextInt(3) == 0) {
                        Unit coordinating = agency.units().get(1 + r.nextInt(UNITS - 1));
                        readers.add("INCOMING:unit:" + coordinating.id());
                        texts.add("Phối hợp " + coordinating.name());
                    }
                }
            }
        }
        if (status.equals("COMPLETED")) {
            texts.add("Đã " + Words.ACTIONS[r.nextInt(Words.ACTIONS.length)] + " theo chỉ đạo, lưu hồ sơ công việc");
        }
        texts.add("số đến " + (1 + r.nextInt(12_000)));
        return new Row(
                id,
                "INCOMING",
                agency.id(),
                main.id(),
                subject,
                List.of(reference),
                List.of(senderName, signer, position),
                String.join(" ", texts) + " " + reference,
                content(r, subject, senderName, reference, at),
                type,
                "INCOMING." + status,
                urgency(r),
                at,
                readers,
                "/documents/incoming/" + id);
    }

    private Row outgoing(SplittableRandom r, UUID id, Agency agency, Instant at) {
        String type = documentType(r);
        String subject = subject(r, type);
        Unit unit = agency.units().get(1 + r.nextInt(UNITS - 1));
        Person drafter = specialistOf(r, agency, unit);
        Person reviewer = agency.with(Role.DIVISION_LEADER).get(agency.units().indexOf(unit));
        Person signer = pick(r, agency.with(Role.AGENCY_LEADER));
        Person clerk = pick(r, agency.with(Role.CLERK));
        String status = outgoingStatus(r, daysBefore(at));
        Set<String> readers = new LinkedHashSet<>();
        readers.add("OUTGOING:acct:" + drafter.id());
        readers.add("OUTGOING:acct:" + signer.id());
        if (!status.equals("DRAFT")) {
            readers.add("OUTGOING:acct:" + reviewer.id());
        }
        boolean approved = APPROVED.contains(status);
        boolean numbered = NUMBERED.contains(status);
        boolean issued = ISSUED.contains(status);
        if (approved) {
            readers.add("OUTGOING:approved:" + agency.id());
        }
        if (numbered) {
            readers.add("OUTGOING:acct:" + clerk.id());
        }
        List<String> recipients = new ArrayList<>();
        int external = 1 + r.nextInt(4);
        for (int k = 0; k < external; k++) {
            recipients.add(
                    r.nextBoolean()
                            ? Words.BODIES[r.nextInt(Words.BODIES.length)][0]
                            : agencies.get(r.nextInt(AGENCIES)).name());
        }
        if (issued && r.nextInt(5) == 0) {
            Unit internal = agency.units().get(1 + r.nextInt(UNITS - 1));
            readers.add("OUTGOING:unit:" + internal.id());
            recipients.add(internal.name());
        }
        List<String> references = new ArrayList<>();
        String reference = null;
        if (numbered) {
            int number = 1 + r.nextInt(2500);
            String notation = notation(type, agency.shortName(), unit.code());
            reference = number(number) + "/" + notation;
            references.add(reference);
            if (number < 10) {
                references.add(number + "/" + notation);
            }
        }
        String body = "Dự thảo " + unit.name() + " trình " + reviewer.name() + " " + opinion(r) + " "
                + String.join(" ", recipients) + " " + String.join(" ", references);
        return new Row(
                id,
                "OUTGOING",
                agency.id(),
                unit.id(),
                subject,
                references,
                List.of(drafter.name(), signer.name(), Words.POSITIONS[r.nextInt(3)]),
                body.strip(),
                content(r, subject, agency.name(), reference, at),
                type,
                "OUTGOING." + status,
                urgency(r),
                at,
                readers,
                "/documents/outgoing/" + id);
    }

    private Row dossier(SplittableRandom r, UUID id, Agency agency, Instant at) {
        String[] procedure = Words.PROCEDURES[(int) (Words.PROCEDURES.length * Math.pow(r.nextDouble(), 2))];
        LocalDate day = at.atZone(ZONE).toLocalDate();
        String code = agency.code() + "-" + CODE_DAY.format(day) + "-" + "%04d".formatted(1 + r.nextInt(400));
        String applicant = personName(r);
        String address = "Số " + (1 + r.nextInt(300)) + " đường " + Words.STREETS[r.nextInt(Words.STREETS.length)]
                + ", " + Words.PLACES[r.nextInt(Words.PLACES.length)];
        Set<String> readers = new LinkedHashSet<>();
        readers.add("DOSSIER:agency:" + agency.id());
        readers.add("DOSSIER:desk:"
                + (r.nextInt(20) == 0 ? agencies.get(r.nextInt(AGENCIES)).id() : agency.id()));
        if (r.nextInt(100) < 45) {
            readers.add("DOSSIER:acct:" + uuid(r));
        }
        String state = dossierState(r, daysBefore(at));
        String body = "Tờ khai đề nghị " + procedure[0].toLowerCase(Locale.ROOT) + "; Bản sao giấy tờ tùy thân; "
                + address + (state.equals("RETURNED") ? "; Đã trả kết quả giải quyết cho tổ chức, cá nhân" : "")
                + " " + procedure[2];
        return new Row(
                id,
                "DOSSIER",
                agency.id(),
                null,
                procedure[0],
                List.of(code),
                List.of(applicant),
                body,
                dossierContent(r, procedure[0], applicant, address, at),
                procedure[1],
                "DOSSIER." + state,
                null,
                at,
                readers,
                "/onestop/dossiers/" + id);
    }

    private Row procedure(SplittableRandom r, UUID id, Agency agency, Instant at) {
        String[] procedure = Words.PROCEDURES[r.nextInt(Words.PROCEDURES.length)];
        String code = "1.0" + (10_000 + r.nextInt(90_000));
        String level = new String[] {"FULL", "PARTIAL", "NONE"}[r.nextInt(3)];
        String body = "Tờ khai theo mẫu; Bản sao giấy tờ liên quan; Kết quả: văn bản chấp thuận; "
                + Words.LAWS[r.nextInt(Words.LAWS.length)] + "; " + procedure[1];
        return new Row(
                id,
                "PROCEDURE",
                agency.id(),
                null,
                procedure[0],
                List.of(code),
                List.of(),
                body,
                dossierContent(r, procedure[0], agency.name(), "", at),
                procedure[1],
                "PROCEDURE." + level,
                null,
                at,
                Set.of(r.nextInt(20) == 0 ? "PROCEDURE:manage:" + agency.id() : "PROCEDURE:public"),
                "/dich-vu-cong/thu-tuc/" + id);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Vocabulary assembly

    /** A subject (trích yếu): mostly "Về việc …", or the type's own wording. */
    String subject(SplittableRandom r, String type) {
        String topic = topic(r);
        String action = Words.ACTIONS[r.nextInt(Words.ACTIONS.length)];
        String scope = Words.SCOPES[r.nextInt(Words.SCOPES.length)];
        String year = Integer.toString(2022 + r.nextInt(5));
        return switch (type) {
            case "BAO_CAO" ->
                "Báo cáo " + Words.REPORTS[r.nextInt(Words.REPORTS.length)] + " " + topic + " " + scope + " năm "
                        + year;
            case "KE_HOACH" -> "Kế hoạch " + action + " " + topic + " " + scope + " năm " + year;
            case "QUYET_DINH" ->
                "Quyết định " + Words.DECISIONS[r.nextInt(Words.DECISIONS.length)] + " " + topic + " " + scope;
            case "GIAY_MOI" -> "Giấy mời dự hội nghị " + Words.MEETINGS[r.nextInt(Words.MEETINGS.length)] + " " + topic;
            case "THONG_BAO" -> "Thông báo kết luận của lãnh đạo về " + topic + " " + scope;
            case "TO_TRINH" -> "Tờ trình đề nghị " + Words.DECISIONS[r.nextInt(Words.DECISIONS.length)] + " " + topic;
            case "HUONG_DAN" -> "Hướng dẫn " + action + " " + topic + " " + scope;
            default -> "Về việc " + action + " " + topic + " " + scope + (r.nextBoolean() ? " năm " + year : "");
        };
    }

    /** A topic, the frequent ones far more often (so queries have every selectivity from common to rare). */
    static String topic(SplittableRandom r) {
        return Words.TOPICS[(int) (Words.TOPICS.length * Math.pow(r.nextDouble(), 2.2))];
    }

    /** About 2 KB of an attachment's text: the subject again, grounds, tasks, a deadline, the closing. */
    private String content(SplittableRandom r, String subject, String from, @Nullable String reference, Instant at) {
        StringBuilder text = new StringBuilder(2600);
        LocalDate day = at.atZone(ZONE).toLocalDate();
        if (reference != null) {
            text.append("Số: ").append(reference).append(". ");
        }
        text.append(Words.PLACES[r.nextInt(Words.PLACES.length)])
                .append(", ngày ")
                .append(day.getDayOfMonth())
                .append(" tháng ")
                .append(day.getMonthValue())
                .append(" năm ")
                .append(day.getYear())
                .append(". ")
                .append(subject)
                .append(". Căn cứ ")
                .append(Words.LAWS[r.nextInt(Words.LAWS.length)])
                .append("; căn cứ ")
                .append(Words.LAWS[r.nextInt(Words.LAWS.length)])
                .append(". ");
        String topic = topic(r);
        text.append("Thực hiện ")
                .append(Words.DOC_NAMES[r.nextInt(Words.DOC_NAMES.length)])
                .append(" số ")
                .append(1 + r.nextInt(900))
                .append("/")
                .append(Words.BODIES[r.nextInt(Words.BODIES.length)][1])
                .append(" ngày ")
                .append(DAY.format(day.minusDays(3 + r.nextInt(60))))
                .append(" của ")
                .append(Words.BODIES[r.nextInt(Words.BODIES.length)][0])
                .append(" về ")
                .append(topic)
                .append(", ")
                .append(from)
                .append(" ")
                .append(Words.VERBS[r.nextInt(Words.VERBS.length)])
                .append(" như sau: ");
        int item = 1;
        while (text.length() < 1900) {
            text.append(item++).append(". ");
            switch (r.nextInt(6)) {
                case 0 ->
                    text.append(cap(Words.ACTIONS[r.nextInt(Words.ACTIONS.length)]))
                            .append(" ")
                            .append(topic(r))
                            .append(", bảo đảm ")
                            .append(Words.GOALS[r.nextInt(Words.GOALS.length)])
                            .append(". ");
                case 1 ->
                    text.append("Giao ")
                            .append(Words.UNITS[r.nextInt(UNITS)][0])
                            .append(" chủ trì, phối hợp với ")
                            .append(Words.UNITS[r.nextInt(UNITS)][0])
                            .append(" ")
                            .append(Words.ACTIONS[r.nextInt(Words.ACTIONS.length)])
                            .append(" ")
                            .append(topic(r))
                            .append(", báo cáo kết quả trước ngày ")
                            .append(DAY.format(day.plusDays(10 + r.nextInt(80))))
                            .append(". ");
                case 2 ->
                    text.append("Kết quả ")
                            .append(topic(r))
                            .append(" ")
                            .append(Words.SCOPES[r.nextInt(Words.SCOPES.length)])
                            .append(": đã hoàn thành ")
                            .append(1 + r.nextInt(40))
                            .append("/")
                            .append(40 + r.nextInt(20))
                            .append(" nhiệm vụ, đạt ")
                            .append(50 + r.nextInt(50))
                            .append("% kế hoạch; ")
                            .append(Words.PROBLEMS[r.nextInt(Words.PROBLEMS.length)])
                            .append(". ");
                case 3 ->
                    text.append("Kinh phí thực hiện từ ")
                            .append(Words.FUNDS[r.nextInt(Words.FUNDS.length)])
                            .append(", tổng số ")
                            .append(1 + r.nextInt(900))
                            .append(" triệu đồng, ")
                            .append(Words.GOALS[r.nextInt(Words.GOALS.length)])
                            .append(". ");
                case 4 ->
                    text.append("Tăng cường ")
                            .append(Words.ACTIONS[r.nextInt(Words.ACTIONS.length)])
                            .append(" ")
                            .append(topic(r))
                            .append(" tại ")
                            .append(Words.PLACES[r.nextInt(Words.PLACES.length)])
                            .append("; ")
                            .append(Words.PROBLEMS[r.nextInt(Words.PROBLEMS.length)])
                            .append(". ");
                default ->
                    text.append("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc về ")
                            .append(topic(r))
                            .append(", đề nghị phản ánh về ")
                            .append(Words.UNITS[r.nextInt(UNITS)][0])
                            .append(" để được hướng dẫn. ");
            }
        }
        text.append("Nơi nhận: như trên; lưu VT. ")
                .append(Words.POSITIONS[r.nextInt(Words.POSITIONS.length)])
                .append(" ")
                .append(personName(r))
                .append(".");
        return text.toString();
    }

    private static String dossierContent(
            SplittableRandom r, String procedure, String applicant, String address, Instant at) {
        StringBuilder text = new StringBuilder(2400);
        LocalDate day = at.atZone(ZONE).toLocalDate();
        text.append("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Đơn đề nghị ")
                .append(procedure.toLowerCase(Locale.ROOT))
                .append(". Kính gửi: Bộ phận tiếp nhận và trả kết quả. Tên tổ chức, cá nhân: ")
                .append(applicant)
                .append(". Địa chỉ: ")
                .append(address)
                .append(". Ngày ")
                .append(DAY.format(day))
                .append(". ");
        while (text.length() < 1950) {
            switch (r.nextInt(4)) {
                case 0 ->
                    text.append("Căn cứ ")
                            .append(Words.LAWS[r.nextInt(Words.LAWS.length)])
                            .append(", đề nghị cơ quan có thẩm quyền xem xét, giải quyết. ");
                case 1 ->
                    text.append("Thành phần hồ sơ gồm: ")
                            .append(Words.PAPERS[r.nextInt(Words.PAPERS.length)])
                            .append("; ")
                            .append(Words.PAPERS[r.nextInt(Words.PAPERS.length)])
                            .append(". ");
                case 2 ->
                    text.append("Tôi xin cam đoan những thông tin kê khai trên là đúng sự thật và chịu trách"
                            + " nhiệm trước pháp luật. ");
                default ->
                    text.append("Thông tin về ")
                            .append(topic(r))
                            .append(" tại ")
                            .append(Words.PLACES[r.nextInt(Words.PLACES.length)])
                            .append(", diện tích ")
                            .append(20 + r.nextInt(2000))
                            .append(" m2, ")
                            .append(Words.PROBLEMS[r.nextInt(Words.PROBLEMS.length)])
                            .append(". ");
            }
        }
        return text.toString();
    }

    private static String opinion(SplittableRandom r) {
        return Words.OPINIONS[r.nextInt(Words.OPINIONS.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String personName(SplittableRandom r) {
        double f = r.nextDouble();
        String family = f < 0.38 ? "Nguyễn" : Words.FAMILY[(int) ((f - 0.38) / 0.62 * Words.FAMILY.length)];
        return family + " " + Words.MIDDLE[r.nextInt(Words.MIDDLE.length)] + " "
                + Words.GIVEN[r.nextInt(Words.GIVEN.length)];
    }

    private static String documentType(SplittableRandom r) {
        int p = r.nextInt(100);
        if (p < 45) {
            return "CONG_VAN";
        } else if (p < 55) {
            return "QUYET_DINH";
        } else if (p < 63) {
            return "KE_HOACH";
        } else if (p < 71) {
            return "BAO_CAO";
        } else if (p < 78) {
            return "THONG_BAO";
        } else if (p < 85) {
            return "GIAY_MOI";
        } else if (p < 89) {
            return "TO_TRINH";
        } else if (p < 92) {
            return "HUONG_DAN";
        }
        return Words.OTHER_TYPES[r.nextInt(Words.OTHER_TYPES.length)];
    }

    /** Decree 30 notations: QĐ-SKHCN, or SKHCN-VP for công văn. */
    private static String notation(String type, String body, String unit) {
        String abbreviation = vn.sen.document.DocumentType.valueOf(type).abbreviation();
        return abbreviation == null ? body + "-" + unit : abbreviation + "-" + body;
    }

    private static String number(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String urgency(SplittableRandom r) {
        int p = r.nextInt(100);
        return p < 85 ? "THUONG" : p < 95 ? "KHAN" : p < 99 ? "THUONG_KHAN" : "HOA_TOC";
    }

    private long daysBefore(Instant at) {
        return (first.toEpochMilli() + span - at.toEpochMilli()) / 86_400_000L;
    }

    private static String incomingStatus(SplittableRandom r, long days) {
        int p = r.nextInt(1000);
        if (days > 60) {
            return p < 975 ? "COMPLETED" : p < 985 ? "IN_PROGRESS" : p < 995 ? "RETURNED" : "REVOKED";
        }
        if (days > 20) {
            return p < 700 ? "COMPLETED" : p < 900 ? "IN_PROGRESS" : "ASSIGNED";
        }
        return p < 250
                ? "REGISTERED"
                : p < 450 ? "SUBMITTED" : p < 700 ? "ASSIGNED" : p < 900 ? "IN_PROGRESS" : "COMPLETED";
    }

    private static String outgoingStatus(SplittableRandom r, long days) {
        int p = r.nextInt(1000);
        if (days > 30) {
            return p < 940 ? "ISSUED" : p < 960 ? "REVOKED" : p < 975 ? "REPLACED" : p < 990 ? "RETURNED" : "DRAFT";
        }
        return p < 150
                ? "DRAFT"
                : p < 300
                        ? "IN_REVIEW"
                        : p < 350
                                ? "RETURNED"
                                : p < 450 ? "APPROVED" : p < 500 ? "SIGNED" : p < 550 ? "NUMBERED" : "ISSUED";
    }

    private static String dossierState(SplittableRandom r, long days) {
        int p = r.nextInt(1000);
        if (days > 60) {
            return p < 905
                    ? "RETURNED"
                    : p < 935
                            ? "REFUSED"
                            : p < 955 ? "STOPPED" : p < 975 ? "CLOSED" : p < 990 ? "IN_PROCESS" : "RESULT_READY";
        }
        return p < 500
                ? "IN_PROCESS"
                : p < 600 ? "AWAITING_SUPPLEMENT" : p < 650 ? "SUBMITTED" : p < 750 ? "RESULT_READY" : "RETURNED";
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static Person specialistOf(SplittableRandom r, Agency agency, Unit unit) {
        List<Person> inUnit = agency.specialistsByUnit().getOrDefault(unit, List.of());
        return inUnit.isEmpty() ? pick(r, agency.with(Role.SPECIALIST)) : pick(r, inUnit);
    }

    static UUID uuid(SplittableRandom r) {
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What a person types without diacritics: {@code Chuyển đổi số} → {@code chuyen doi so}. */
    static String withoutDiacritics(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Loading

    /**
     * Adds records {@code from} (inclusive) to {@code to} (exclusive) to {@code search.entry} by {@code COPY}, in
     * batches of {@code batch} rows, each its own transaction: one thread builds the rows while PostgreSQL takes the
     * previous batch. Prints progress every tenth of the way.
     */
    void load(Connection connection, long from, long to, int batch) throws Exception {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            try {
                s.execute("set default_toast_compression = 'lz4'");
            } catch (SQLException noLz4) {
                System.out.println("(lz4 TOAST compression not available: " + noLz4.getMessage() + ")");
            }
        }
        BlockingQueue<byte[]> batches = new ArrayBlockingQueue<>(3);
        byte[] end = new byte[0];
        Instant indexedAt = Instant.now();
        Thread producer = new Thread(
                () -> {
                    try {
                        ByteArrayOutputStream out = new ByteArrayOutputStream(batch * 3200);
                        StringBuilder line = new StringBuilder(4096);
                        for (long i = from; i < to; i++) {
                            line.setLength(0);
                            copyLine(record(i), indexedAt, line);
                            out.write(line.toString().getBytes(UTF_8));
                            if ((i + 1 - from) % batch == 0 || i + 1 == to) {
                                batches.put(out.toByteArray());
                                out.reset();
                            }
                        }
                        batches.put(end);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                "corpus-generator");
        producer.setDaemon(true);
        producer.start();
        PGConnection pg = connection.unwrap(PGConnection.class);
        long done = from;
        long step = Math.max(batch, (to - from) / 10);
        long nextReport = from + step;
        long started = System.nanoTime();
        while (true) {
            byte[] rows = batches.take();
            if (rows == end) {
                break;
            }
            CopyIn copy = pg.getCopyAPI().copyIn("copy search.entry (" + COLUMNS + ") from stdin");
            copy.writeToCopy(rows, 0, rows.length);
            copy.endCopy();
            done += countLines(rows);
            if (done >= nextReport || done == to) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("  %,d records (%,.0f/s, %.0f s)%n", done, (done - from) / seconds, seconds);
                nextReport += step;
            }
        }
        producer.join();
    }

    private static long countLines(byte[] rows) {
        long n = 0;
        for (byte b : rows) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    /** One line of COPY's text format; the vocabulary has no tabs, newlines or backslashes, but a row might. */
    static void copyLine(Row row, Instant indexedAt, StringBuilder line) {
        field(line, row.id().toString()).append('\t');
        field(line, row.kind()).append('\t');
        field(line, row.agencyId().toString()).append('\t');
        field(line, row.unitId() == null ? null : row.unitId().toString()).append('\t');
        field(line, row.title()).append('\t');
        field(
                        line,
                        String.join(
                                " ",
                                row.references().stream()
                                        .map(SearchEntry::oneToken)
                                        .toList()))
                .append('\t');
        field(line, String.join(" · ", row.names())).append('\t');
        field(line, row.body()).append('\t');
        field(line, row.content()).append('\t');
        field(line, row.type()).append('\t');
        field(line, row.status()).append('\t');
        field(line, row.urgency()).append('\t');
        field(line, row.at().toString()).append('\t');
        field(line, String.join(" ", row.readers())).append('\t');
        field(line, row.link()).append('\t');
        field(line, indexedAt.toString()).append('\n');
    }

    private static StringBuilder field(StringBuilder line, @Nullable String value) {
        if (value == null) {
            return line.append("\\N");
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }

    /** Vietnamese administrative vocabulary. */
    static final class Words {

        private Words() {}

        static final String[][] AGENCIES = {
            {"Văn phòng Ủy ban nhân dân tỉnh", "VPUBND"},
            {"Sở Nội vụ", "SNV"},
            {"Sở Tài chính", "STC"},
            {"Sở Kế hoạch và Đầu tư", "SKHĐT"},
            {"Sở Khoa học và Công nghệ", "SKHCN"},
            {"Sở Thông tin và Truyền thông", "STTTT"},
            {"Sở Xây dựng", "SXD"},
            {"Sở Giao thông vận tải", "SGTVT"},
            {"Sở Tài nguyên và Môi trường", "STNMT"},
            {"Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT"},
            {"Sở Y tế", "SYT"},
            {"Sở Giáo dục và Đào tạo", "SGDĐT"},
            {"Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"},
            {"Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"},
            {"Sở Công Thương", "SCT"},
            {"Sở Tư pháp", "STP"},
            {"Thanh tra tỉnh", "TTT"},
            {"Ban Dân tộc tỉnh", "BDT"},
            {"Ủy ban nhân dân huyện Hoa Sen", "UBND"},
            {"Ủy ban nhân dân thành phố Sen Hồng", "UBNDTP"},
        };

        static final String[][] UNITS = {
            {"Văn phòng", "VP"},
            {"Phòng Kế hoạch - Tài chính", "KHTC"},
            {"Phòng Tổ chức cán bộ", "TCCB"},
            {"Thanh tra", "TTr"},
            {"Phòng Pháp chế", "PC"},
            {"Phòng Quản lý chuyên ngành", "QLCN"},
            {"Phòng Công nghệ thông tin", "CNTT"},
            {"Trung tâm Phục vụ hành chính công", "TTPVHCC"},
        };

        static final String[][] BODIES = {
            {"Ủy ban nhân dân tỉnh", "UBND"},
            {"Văn phòng Chính phủ", "VPCP"},
            {"Bộ Nội vụ", "BNV"},
            {"Bộ Tài chính", "BTC"},
            {"Bộ Kế hoạch và Đầu tư", "BKHĐT"},
            {"Bộ Khoa học và Công nghệ", "BKHCN"},
            {"Bộ Thông tin và Truyền thông", "BTTTT"},
            {"Bộ Tài nguyên và Môi trường", "BTNMT"},
            {"Bộ Y tế", "BYT"},
            {"Bộ Giáo dục và Đào tạo", "BGDĐT"},
            {"Bộ Công an", "BCA"},
            {"Công an tỉnh", "CAT"},
            {"Bộ Chỉ huy Quân sự tỉnh", "BCHQS"},
            {"Kho bạc Nhà nước tỉnh", "KBNN"},
            {"Cục Thuế tỉnh", "CT"},
            {"Bảo hiểm xã hội tỉnh", "BHXH"},
            {"Hội đồng nhân dân tỉnh", "HĐND"},
            {"Tỉnh ủy", "TU"},
            {"Ban Tuyên giáo Tỉnh ủy", "BTGTU"},
            {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ"},
            {"Liên đoàn Lao động tỉnh", "LĐLĐ"},
            {"Tỉnh đoàn", "TĐTN"},
            {"Ngân hàng Nhà nước chi nhánh tỉnh", "NHNN"},
            {"Cục Thống kê tỉnh", "CTK"},
        };

        static final String[] POSITIONS = {
            "Giám đốc",
            "Phó Giám đốc",
            "Chánh Văn phòng",
            "Chủ tịch",
            "Phó Chủ tịch",
            "Trưởng phòng",
            "Phó Trưởng phòng",
            "Chánh Thanh tra",
            "Bộ trưởng",
            "Thứ trưởng",
            "Cục trưởng",
            "Trưởng ban"
        };

        static final String[] FAMILY = {
            "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
            "Đinh", "Lâm", "Trịnh", "Mai", "Tạ", "Lưu", "Hà", "Cao", "Đoàn"
        };
        static final String[] MIDDLE = {
            "Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Thu", "Hồng", "Xuân", "Anh", "Thành", "Kim",
            "Quang", "Hoài", "Bảo", "Thế", "Công", "Mỹ"
        };
        static final String[] GIVEN = {
            "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan",
            "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tâm", "Thảo",
            "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Hòa", "Huy", "Khoa", "Lộc", "Nhung",
            "Oanh", "Phương", "Thịnh", "Tùng", "Uyên", "Vinh", "Xuyến", "Đạt", "Định"
        };

        static final String[] OTHER_TYPES = {
            "CHI_THI",
            "NGHI_QUYET",
            "QUY_CHE",
            "QUY_DINH",
            "CHUONG_TRINH",
            "PHUONG_AN",
            "DE_AN",
            "BIEN_BAN",
            "HOP_DONG",
            "CONG_DIEN",
            "GIAY_GIOI_THIEU",
            "PHIEU_CHUYEN",
            "THU_CONG"
        };

        /** The commonest first: {@link #topic} draws from the front far more often. */
        static final String[] TOPICS = {
            "kế hoạch chuyển đổi số",
            "công tác cải cách hành chính",
            "dự toán ngân sách nhà nước",
            "công tác phòng, chống thiên tai",
            "dịch vụ công trực tuyến",
            "thủ tục hành chính",
            "công tác thi đua, khen thưởng",
            "giải ngân vốn đầu tư công",
            "an toàn thông tin mạng",
            "công tác phòng cháy, chữa cháy",
            "xây dựng nông thôn mới",
            "chương trình mục tiêu quốc gia giảm nghèo bền vững",
            "Đề án 06 về phát triển ứng dụng dữ liệu dân cư",
            "cơ sở dữ liệu quốc gia về dân cư",
            "quản lý đất đai",
            "bảo vệ môi trường",
            "công tác tiếp công dân",
            "giải quyết khiếu nại, tố cáo",
            "phòng, chống tham nhũng, tiêu cực",
            "thực hành tiết kiệm, chống lãng phí",
            "tuyển dụng viên chức",
            "đào tạo, bồi dưỡng cán bộ, công chức",
            "sắp xếp tổ chức bộ máy",
            "tinh giản biên chế",
            "quy hoạch tỉnh thời kỳ 2021-2030",
            "kế hoạch đầu tư công trung hạn",
            "an toàn vệ sinh thực phẩm",
            "phòng, chống dịch bệnh",
            "tiêm chủng mở rộng",
            "bảo hiểm y tế học sinh, sinh viên",
            "bảo hiểm xã hội tự nguyện",
            "chính sách đối với người có công",
            "kỷ niệm ngày thành lập",
            "Tết Nguyên đán",
            "phòng, chống lụt bão và tìm kiếm cứu nạn",
            "ứng dụng khoa học và công nghệ",
            "đổi mới sáng tạo và khởi nghiệp",
            "sở hữu trí tuệ",
            "tiêu chuẩn, đo lường, chất lượng",
            "hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001",
            "chữ ký số và chứng thư số",
            "hệ thống quản lý văn bản và điều hành",
            "lưu trữ hồ sơ điện tử",
            "chính quyền điện tử",
            "nền tảng tích hợp, chia sẻ dữ liệu",
            "hạ tầng viễn thông băng rộng",
            "trật tự an toàn giao thông",
            "bảo trì đường bộ",
            "cấp giấy phép xây dựng",
            "quản lý chất lượng công trình xây dựng",
            "nhà ở xã hội",
            "giải phóng mặt bằng",
            "bồi thường, hỗ trợ và tái định cư",
            "khai thác khoáng sản",
            "tài nguyên nước",
            "ứng phó với biến đổi khí hậu",
            "sản xuất nông nghiệp vụ đông xuân",
            "phòng, chống dịch tả lợn châu Phi",
            "trồng rừng và bảo vệ rừng",
            "chương trình mỗi xã một sản phẩm",
            "xúc tiến thương mại",
            "phát triển du lịch",
            "bảo tồn di sản văn hóa",
            "phong trào toàn dân đoàn kết xây dựng đời sống văn hóa",
            "thể dục thể thao quần chúng",
            "tuyển sinh vào lớp 10",
            "kỳ thi tốt nghiệp trung học phổ thông",
            "chương trình giáo dục phổ thông mới",
            "giáo dục nghề nghiệp",
            "giải quyết việc làm",
            "an toàn, vệ sinh lao động",
            "bảo vệ, chăm sóc trẻ em",
            "bình đẳng giới",
            "phòng, chống ma túy",
            "công tác dân tộc",
            "quốc phòng, quân sự địa phương",
            "tuyển chọn, gọi công dân nhập ngũ",
            "phổ biến, giáo dục pháp luật",
            "kiểm soát thủ tục hành chính",
            "rà soát văn bản quy phạm pháp luật",
            "chỉ số năng lực cạnh tranh cấp tỉnh",
            "chỉ số cải cách hành chính",
            "chỉ số hài lòng của người dân",
            "quyết toán ngân sách",
            "thu ngân sách nhà nước",
            "quản lý tài sản công",
            "mua sắm tập trung",
            "đấu thầu qua mạng",
            "hỗ trợ doanh nghiệp nhỏ và vừa",
            "thu hút đầu tư",
            "kinh tế tập thể, hợp tác xã",
            "phát triển kinh tế số",
            "thanh toán không dùng tiền mặt",
            "định danh và xác thực điện tử",
            "cấp căn cước",
            "hộ tịch điện tử",
            "chứng thực bản sao điện tử",
            "một cửa liên thông",
            "trả kết quả qua dịch vụ bưu chính công ích",
            "đánh giá, xếp loại chất lượng cán bộ",
            "kê khai tài sản, thu nhập",
            "văn hóa công vụ",
            "tiếp nhận, xử lý phản ánh, kiến nghị",
            "cải thiện môi trường đầu tư kinh doanh",
            "phòng, chống rửa tiền",
            "an ninh mạng",
            "sáp nhập đơn vị hành chính cấp xã",
            "nước sạch nông thôn",
            "điện mặt trời mái nhà",
            "tiết kiệm năng lượng",
            "chợ truyền thống",
            "thương mại điện tử",
            "hàng giả, gian lận thương mại",
            "quản lý thị trường",
            "khám chữa bệnh bảo hiểm y tế",
            "y tế cơ sở",
            "dân số và phát triển",
            "người cao tuổi",
            "trợ giúp xã hội",
            "hỗ trợ nhà ở cho hộ nghèo",
            "xóa nhà tạm, nhà dột nát",
            "thư viện số",
            "báo chí, xuất bản",
            "thông tin cơ sở",
            "bưu chính công ích",
            "mã bưu chính quốc gia",
            "tên miền quốc gia",
            "thiết bị đầu cuối",
            "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
            "kho dữ liệu điện tử của tổ chức, cá nhân",
            "hội nghị trực tuyến",
            "phần mềm kế toán",
            "trang thông tin điện tử",
            "cổng dịch vụ công quốc gia",
            "hệ thống thông tin giải quyết thủ tục hành chính",
            "sáng kiến kinh nghiệm",
            "nghiên cứu khoa học cấp tỉnh",
            "chuyển giao công nghệ",
            "an toàn bức xạ",
            "năng suất chất lượng",
            "mã số mã vạch",
            "truy xuất nguồn gốc sản phẩm",
            "thương hiệu nông sản",
            "cây ăn quả đặc sản",
            "nuôi trồng thủy sản",
            "đê điều và thủy lợi",
            "cháy rừng mùa khô",
            "sạt lở bờ sông",
            "hạn hán, xâm nhập mặn",
        };

        static final String[] ACTIONS = {
            "triển khai",
            "thực hiện",
            "tổ chức",
            "tăng cường",
            "rà soát",
            "kiểm tra",
            "đánh giá",
            "tổng kết",
            "góp ý dự thảo",
            "phê duyệt",
            "điều chỉnh",
            "bổ sung",
            "hướng dẫn thực hiện",
            "đôn đốc",
            "chấn chỉnh",
            "đẩy mạnh",
            "nâng cao hiệu quả",
            "kiện toàn",
            "sơ kết",
            "báo cáo kết quả",
            "cung cấp thông tin",
            "xây dựng",
            "thẩm định",
            "tăng cường quản lý",
            "tiếp tục thực hiện",
            "khắc phục hạn chế trong",
            "tuyên truyền",
            "lấy ý kiến về",
            "cử cán bộ tham gia",
            "phân bổ kinh phí",
            "giao chỉ tiêu",
            "ban hành quy chế",
            "công khai",
            "theo dõi, giám sát",
            "xử lý kiến nghị về",
            "hoàn thiện hồ sơ",
            "đăng ký nhu cầu",
            "tập huấn",
            "khảo sát",
            "thống kê số liệu"
        };

        static final String[] SCOPES = {
            "trên địa bàn tỉnh",
            "tại các cơ quan, đơn vị",
            "quý I",
            "quý II",
            "quý III",
            "quý IV",
            "6 tháng đầu năm",
            "9 tháng đầu năm",
            "trong ngành",
            "tại các xã, phường, thị trấn",
            "giai đoạn 2021-2025",
            "giai đoạn 2026-2030",
            "của ngành",
            "trong tình hình mới",
            "tại Trung tâm Phục vụ hành chính công",
            "đối với cán bộ, công chức",
            "tại huyện Hoa Sen",
            "tại thành phố Sen Hồng",
            "năm học mới",
            "trên toàn tỉnh"
        };

        static final String[] REPORTS = {
            "tình hình thực hiện",
            "kết quả thực hiện",
            "sơ kết",
            "tổng kết",
            "đánh giá",
            "tiến độ",
            "công tác",
            "nhanh về",
            "định kỳ về",
            "thống kê"
        };

        static final String[] DECISIONS = {
            "phê duyệt",
            "ban hành",
            "thành lập Tổ công tác",
            "kiện toàn Ban chỉ đạo",
            "giao dự toán",
            "khen thưởng",
            "điều động cán bộ",
            "bổ nhiệm",
            "công bố danh mục",
            "sửa đổi, bổ sung"
        };

        static final String[] MEETINGS = {
            "sơ kết",
            "tổng kết",
            "triển khai",
            "tập huấn",
            "trực tuyến",
            "giao ban",
            "đối thoại",
            "lấy ý kiến",
            "chuyên đề",
            "rút kinh nghiệm"
        };

        static final String[] DOC_NAMES = {
            "Kế hoạch",
            "Công văn",
            "Quyết định",
            "Chỉ thị",
            "Nghị quyết",
            "Thông báo kết luận",
            "Hướng dẫn",
            "Chương trình công tác"
        };

        static final String[] VERBS = {
            "đề nghị các cơ quan, đơn vị thực hiện",
            "báo cáo kết quả",
            "hướng dẫn thực hiện",
            "thông báo",
            "đề nghị phối hợp",
            "triển khai"
        };

        static final String[] LAWS = {
            "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
            "Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015",
            "Luật Đầu tư công ngày 13 tháng 6 năm 2019",
            "Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023",
            "Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008",
            "Luật Viên chức ngày 15 tháng 11 năm 2010",
            "Luật Đất đai ngày 18 tháng 01 năm 2024",
            "Luật Xây dựng ngày 18 tháng 6 năm 2014",
            "Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020",
            "Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013",
            "Luật An toàn thông tin mạng ngày 19 tháng 11 năm 2015",
            "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
            "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 về thực hiện cơ chế một cửa, một cửa liên thông",
            "Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 về thực hiện thủ tục hành chính trên môi trường điện tử",
            "Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021",
            "Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ",
            "Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ",
            "Thông tư số 01/2023/TT-VPCP ngày 05 tháng 4 năm 2023",
            "Chỉ thị số 02/CT-TTg ngày 04 tháng 02 năm 2025",
        };

        static final String[] GOALS = {
            "đúng quy định",
            "đúng tiến độ",
            "chất lượng, hiệu quả",
            "công khai, minh bạch",
            "an toàn, tiết kiệm",
            "thiết thực, tránh hình thức",
            "kịp thời, đầy đủ",
            "đồng bộ, thống nhất",
            "phù hợp với điều kiện thực tế",
            "không để xảy ra sai sót",
            "an ninh, trật tự",
            "thuận lợi cho người dân và doanh nghiệp"
        };

        static final String[] PROBLEMS = {
            "một số đơn vị còn chậm báo cáo",
            "nguồn nhân lực còn hạn chế",
            "kinh phí chưa được bố trí kịp thời",
            "hạ tầng kỹ thuật chưa đồng bộ",
            "sự phối hợp giữa các đơn vị chưa chặt chẽ",
            "tỷ lệ hồ sơ trực tuyến còn thấp",
            "dữ liệu chưa được cập nhật đầy đủ",
            "công tác tuyên truyền chưa sâu rộng",
            "tiến độ giải ngân còn chậm",
            "chất lượng tham mưu có mặt còn hạn chế",
            "nhận thức của một bộ phận người dân chưa cao",
            "thời tiết diễn biến phức tạp"
        };

        static final String[] FUNDS = {
            "nguồn ngân sách tỉnh", "nguồn sự nghiệp khoa học và công nghệ", "nguồn vốn đầu tư công",
            "nguồn chi thường xuyên của đơn vị", "nguồn xã hội hóa", "nguồn vốn chương trình mục tiêu quốc gia"
        };

        static final String[] OPINIONS = {
            "Giao phòng chủ trì tham mưu xử lý", "Đề nghị nghiên cứu, đề xuất", "Chuyển để biết, theo dõi",
            "Giao chủ trì, báo cáo trước hạn", "Đề nghị tham mưu văn bản trả lời", "Lưu, theo dõi",
            "Phối hợp thực hiện theo chức năng", "Báo cáo lãnh đạo xem xét"
        };

        static final String[] PLACES = {
            "thành phố Sen Hồng",
            "huyện Hoa Sen",
            "huyện Đồng Tháp Mười",
            "thị xã Bình Minh",
            "xã Hoa Sen",
            "phường Hòa Bình",
            "xã Tân Phú",
            "phường An Lạc",
            "xã Mỹ Thuận",
            "thị trấn Phú Lộc",
            "xã Long Hưng",
            "phường Thắng Lợi"
        };

        static final String[] STREETS = {
            "Hoa Sen",
            "Lê Lợi",
            "Trần Hưng Đạo",
            "Nguyễn Huệ",
            "Hai Bà Trưng",
            "Lý Thường Kiệt",
            "Quang Trung",
            "Phan Đình Phùng",
            "Nguyễn Trãi",
            "Hùng Vương"
        };

        static final String[] PAPERS = {
            "tờ khai theo mẫu", "bản sao giấy chứng nhận quyền sử dụng đất", "bản vẽ thiết kế",
                    "giấy đăng ký kinh doanh",
            "bản sao căn cước", "giấy ủy quyền", "báo cáo đánh giá tác động môi trường", "hợp đồng thuê đất",
            "giấy khai sinh", "xác nhận cư trú", "văn bằng, chứng chỉ", "hóa đơn nộp phí, lệ phí"
        };

        /** name, field (the type facet of dossiers and procedures), national code text. */
        static final String[][] PROCEDURES = {
            {"Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", "Thủ tục hành chính cấp huyện"},
            {"Đăng ký khai sinh", "Hộ tịch", "Thủ tục hành chính cấp xã"},
            {"Chứng thực bản sao từ bản chính", "Chứng thực", "Thủ tục hành chính cấp xã"},
            {"Đăng ký kết hôn", "Hộ tịch", "Thủ tục hành chính cấp xã"},
            {"Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", "Thủ tục hành chính cấp huyện"},
            {"Đăng ký biến động quyền sử dụng đất", "Đất đai", "Thủ tục hành chính cấp tỉnh"},
            {"Cấp giấy chứng nhận đăng ký hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", "cấp huyện"},
            {"Đăng ký thành lập doanh nghiệp", "Thành lập và phát triển doanh nghiệp", "cấp tỉnh"},
            {"Cấp giấy phép lái xe", "Đường bộ", "cấp tỉnh"},
            {"Cấp lại giấy phép lái xe", "Đường bộ", "cấp tỉnh"},
            {"Cấp phiếu lý lịch tư pháp", "Lý lịch tư pháp", "cấp tỉnh"},
            {"Cấp giấy phép kinh doanh bán lẻ rượu", "Lưu thông hàng hóa trong nước", "cấp huyện"},
            {"Đăng ký nhãn hiệu hàng hóa", "Sở hữu trí tuệ", "cấp tỉnh"},
            {"Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm", "cấp tỉnh"},
            {"Giải quyết trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", "cấp huyện"},
            {"Cấp giấy phép khai thác nước dưới đất", "Tài nguyên nước", "cấp tỉnh"},
            {"Thẩm định báo cáo đánh giá tác động môi trường", "Môi trường", "cấp tỉnh"},
            {"Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh", "cấp tỉnh"},
            {"Công nhận tổ chức khoa học và công nghệ", "Hoạt động khoa học và công nghệ", "cấp tỉnh"},
            {"Cấp giấy phép tiến hành công việc bức xạ", "An toàn bức xạ và hạt nhân", "cấp tỉnh"},
            {"Xác nhận thông tin về cư trú", "Đăng ký, quản lý cư trú", "cấp xã"},
            {"Đăng ký khai tử", "Hộ tịch", "cấp xã"},
            {"Hỗ trợ học nghề cho người lao động", "Giáo dục nghề nghiệp", "cấp huyện"},
            {"Cấp giấy phép hoạt động điện lực", "Điện", "cấp tỉnh"},
            {"Cấp giấy phép xuất bản bản tin", "Xuất bản, in và phát hành", "cấp tỉnh"},
            {"Cấp giấy phép tổ chức lễ hội", "Văn hóa cơ sở", "cấp huyện"},
            {"Thuê đất không qua đấu giá", "Đất đai", "cấp tỉnh"},
            {"Chuyển mục đích sử dụng đất", "Đất đai", "cấp huyện"},
            {"Cấp giấy phép quy hoạch dự án", "Quy hoạch xây dựng", "cấp tỉnh"},
            {"Thẩm định dự án đầu tư xây dựng", "Hoạt động xây dựng", "cấp tỉnh"},
        };
    }
}
