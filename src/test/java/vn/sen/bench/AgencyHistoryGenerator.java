package vn.sen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills a running Sen database with ten years of an agency's incoming documents for the benchmarks of the incoming
 * documents issue, straight in SQL ({@code insert … select … from generate_series}). It follows the vocabulary and
 * arrival model of the registers' {@code IncomingHistoryGenerator} and adds what the work lists need: specialists in
 * every unit (they can log in with the demo password), main handlers spread over those people and the units,
 * coordinating and informed units, documents submitted to either agency leader, and realistic states (older documents
 * completed, the last weeks open, a small share of old ones still open and therefore overdue).
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.sen.bench.AgencyHistoryGenerator \
 *     jdbc:postgresql://localhost:15432/postgres postgres postgres H99.10 2017 10 100000 6
 * </pre>
 *
 * (arguments: JDBC URL, user, password, agency code, first year, number of years, documents per year, specialists
 * to add per unit). The current year only receives documents up to today, in proportion.
 */
public final class AgencyHistoryGenerator {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String[][] AUTHORS = {
        {"Ủy ban nhân dân tỉnh Sen Hồng", "UBND"},
        {"Văn phòng Ủy ban nhân dân tỉnh Sen Hồng", "VP"},
        {"Bộ Khoa học và Công nghệ", "BKHCN"},
        {"Bộ Nội vụ", "BNV"},
        {"Bộ Thông tin và Truyền thông", "BTTTT"},
        {"Sở Nội vụ tỉnh Sen Hồng", "SNV"},
        {"Sở Tài chính tỉnh Sen Hồng", "STC"},
        {"Sở Xây dựng tỉnh Sen Hồng", "SXD"},
        {"Sở Giáo dục và Đào tạo tỉnh Sen Hồng", "SGDĐT"},
        {"Công an tỉnh Sen Hồng", "CAT"},
        {"Ban Quản lý các khu công nghiệp tỉnh Sen Hồng", "BQLKCN"},
        {"Hội đồng nhân dân tỉnh Sen Hồng", "HĐND"},
        {"Ủy ban nhân dân thành phố Hoa Sen", "UBND"},
        {"Ủy ban nhân dân huyện Đồng Sen", "UBND"},
        {"Liên đoàn Lao động tỉnh Sen Hồng", "LĐLĐ"},
        {"Trung tâm Phục vụ hành chính công tỉnh", "TTPVHCC"},
    };

    /** Types with their weight (công văn dominate) and abbreviation ("" for công văn). */
    private static final String[][] TYPES = {
        {"CONG_VAN", ""}, {"CONG_VAN", ""}, {"CONG_VAN", ""}, {"CONG_VAN", ""}, {"CONG_VAN", ""},
        {"KE_HOACH", "KH"}, {"QUYET_DINH", "QĐ"}, {"THONG_BAO", "TB"}, {"BAO_CAO", "BC"}, {"GIAY_MOI", "GM"},
        {"HUONG_DAN", "HD"}, {"CHI_THI", "CT"},
    };

    private static final String[] OPENINGS = {
        "Về việc triển khai", "Về việc tăng cường", "Về việc báo cáo kết quả", "Về việc góp ý dự thảo",
        "Về việc tổ chức", "Về việc đôn đốc thực hiện", "Hướng dẫn thực hiện", "Kế hoạch thực hiện",
        "Về việc rà soát", "Về việc phối hợp", "Về việc cung cấp thông tin", "Về việc đề xuất",
    };

    private static final String[] TOPICS = {
        "chuyển đổi số năm %d",
        "cải cách hành chính năm %d",
        "Đề án 06 về dữ liệu dân cư, định danh điện tử",
        "công tác phòng, chống thiên tai và tìm kiếm cứu nạn",
        "công tác thi đua, khen thưởng năm %d",
        "bảo đảm an toàn thông tin mạng",
        "nhiệm vụ khoa học và công nghệ cấp tỉnh năm %d",
        "quản lý nhà nước về sở hữu trí tuệ",
        "kiểm tra đo lường, chất lượng sản phẩm hàng hóa",
        "thực hành tiết kiệm, chống lãng phí",
        "sắp xếp đơn vị hành chính cấp xã",
        "ứng dụng trí tuệ nhân tạo trong cơ quan nhà nước",
        "phổ biến, giáo dục pháp luật",
        "dự toán ngân sách nhà nước năm %d",
        "Hội nghị sơ kết 6 tháng đầu năm %d",
        "hạ tầng băng rộng và phủ sóng di động vùng sâu, vùng xa",
        "cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ",
    };

    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"
    };
    private static final String[] MIDDLES = {"Văn", "Thị", "Minh", "Thu", "Quang", "Hữu", "Ngọc", "Thanh"};
    private static final String[] GIVENS = {
        "An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khoa", "Lan", "Linh", "Long", "Mai",
        "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến",
    };

    private AgencyHistoryGenerator() {}

    /** The people and units of the agency that the generated history names. */
    record Cast(UUID agencyId, UUID clerkId, List<Person> leaders, List<Person> units, List<Person> handlers) {}

    /** An account (with its unit) or a unit (id = unit id). */
    record Person(UUID id, UUID unitId, String name) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: AgencyHistoryGenerator jdbcUrl user password agencyCode firstYear years"
                    + " perYear specialistsPerUnit");
            System.exit(2);
        }
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            DataSource ds = new SingleConnectionDataSource(connection, true);
            JdbcClient jdbc = JdbcClient.create(ds);
            String agencyCode = args[3];
            int first = Integer.parseInt(args[4]);
            int years = Integer.parseInt(args[5]);
            int perYear = Integer.parseInt(args[6]);
            int specialists = Integer.parseInt(args[7]);
            addSpecialists(jdbc, agencyCode, specialists);
            Cast cast = castOf(jdbc, agencyCode);
            System.out.printf(
                    "agency %s: %d units, %d handlers, %d leaders%n",
                    agencyCode,
                    cast.units().size(),
                    cast.handlers().size(),
                    cast.leaders().size());
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            // The work items (V6_6_0) are refreshed once at the end rather than by a trigger per generated row; as
            // a replica the session also skips the foreign key checks, which the generator satisfies by construction.
            jdbc.sql("set session_replication_role = replica").update();
            long total = 0;
            for (int year = first; year < first + years; year++) {
                long t0 = System.nanoTime();
                int n = generateYear(jdbc, cast, year, perYear, now);
                total += n;
                System.out.printf("%d: %d documents, %d ms%n", year, n, (System.nanoTime() - t0) / 1_000_000);
            }
            long t0 = System.nanoTime();
            jdbc.sql("set session_replication_role = origin").update();
            jdbc.sql("delete from document.work_item where agency_id = :agency")
                    .param("agency", agency(jdbc, agencyCode))
                    .update();
            jdbc.sql("insert into document.work_item select holder_id, document_id, list, agency_id, book_id,"
                            + " arrived_at, main_deadline from document.work_item_source where agency_id = :agency")
                    .param("agency", agency(jdbc, agencyCode))
                    .update();
            System.out.printf("work items: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            jdbc.sql("vacuum analyze document.incoming_document").update();
            jdbc.sql("vacuum analyze document.assignment").update();
            jdbc.sql("analyze document.register_book").update();
            System.out.printf("analyze: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            System.out.printf("%d documents in %.1f s%n", total, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Adds {@code perUnit} specialists to every current unit (idempotent: usernames are fixed). */
    static void addSpecialists(JdbcClient jdbc, String agencyCode, int perUnit) {
        UUID agency = agency(jdbc, agencyCode);
        String hash = jdbc.sql("select password_hash from identity.staff_account where agency_id = :a"
                        + " and username like 'vanthu%' limit 1")
                .param("a", agency)
                .query(String.class)
                .single();
        UUID position = jdbc.sql("select id from organization.agency_position where agency_id = :a"
                        + " and lower(name) = lower('Chuyên viên')")
                .param("a", agency)
                .query(UUID.class)
                .optional()
                .orElse(null);
        List<Map<String, Object>> units = jdbc.sql("select id, coalesce(short_code, '') code from organization.unit"
                        + " where agency_id = :a and valid_to is null order by name")
                .param("a", agency)
                .query()
                .listOfRows();
        int k = 0;
        for (int u = 0; u < units.size(); u++) {
            for (int i = 1; i <= perUnit; i++, k++) {
                String username = ("cv." + agencyCode + "." + (u + 1) + "." + i).toLowerCase();
                UUID id = UUID.randomUUID();
                String name = SURNAMES[k % SURNAMES.length] + " " + MIDDLES[(k / 3) % MIDDLES.length] + " "
                        + GIVENS[(k * 7) % GIVENS.length];
                int added = jdbc.sql("insert into identity.staff_account (id, username, display_name, email,"
                                + " password_hash, agency_id, unit_id, position_id, password_changed_at, created_at)"
                                + " values (:id, :u, :n, :e, :h, :a, :unit, :pos, now(), now())"
                                + " on conflict (username) do nothing")
                        .param("id", id)
                        .param("u", username)
                        .param("n", name)
                        .param("e", username + "@sen-bench.invalid")
                        .param("h", hash)
                        .param("a", agency)
                        .param("unit", units.get(u).get("id"))
                        .param("pos", position)
                        .update();
                if (added == 1) {
                    jdbc.sql("insert into identity.staff_role (account_id, role) values (:id, 'SPECIALIST')")
                            .param("id", id)
                            .update();
                    jdbc.sql("insert into identity.posting (id, account_id, agency_id, unit_id, position_id,"
                                    + " valid_from) values (:p, :id, :a, :unit, :pos, now())")
                            .param("p", UUID.randomUUID())
                            .param("id", id)
                            .param("a", agency)
                            .param("unit", units.get(u).get("id"))
                            .param("pos", position)
                            .update();
                }
            }
        }
    }

    /** One book and {@code perYear} documents (fewer for the current year, up to today); returns how many. */
    static int generateYear(JdbcClient jdbc, Cast cast, int year, int perYear, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(VN).toLocalDate();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = year == today.getYear() ? today.minusDays(1) : LocalDate.of(year, 12, 31);
        if (last.isBefore(first)) {
            return 0;
        }
        int n = (int) Math.round(perYear * (last.getDayOfYear() / (double) first.lengthOfYear()));
        UUID book = UUID.randomUUID();
        jdbc.sql("insert into document.register_book (id, agency_id, direction, year, code, name, confidential,"
                        + " default_book, last_number, created_at) values (:id, :agency, 'INCOMING', :year, :code,"
                        + " :name, false, :default, :count, :created)")
                .param("id", book)
                .param("agency", cast.agencyId())
                .param("year", year)
                .param("code", "HS-" + year + "-" + UUID.randomUUID().toString().substring(0, 6))
                .param("name", "Sổ văn bản đến năm " + year + " (lịch sử)")
                // The current year's generated book is not the default book: registrations through the API number
                // their own book, as the application does.
                .param("default", false)
                .param("count", n)
                .param("created", first.atStartOfDay(VN).toOffsetDateTime())
                .update();
        Map<String, Object> p = new HashMap<>();
        p.put("book", book);
        p.put("agency", cast.agencyId());
        p.put("year", year);
        p.put("n", n);
        p.put("clerk", cast.clerkId());
        p.put("now", now);
        p.put("first", first);
        p.put("last", last);
        p.put("authors", literal(column(AUTHORS, 0)));
        p.put("authorCodes", literal(column(AUTHORS, 1)));
        p.put("types", literal(column(TYPES, 0)));
        p.put("typeCodes", literal(column(TYPES, 1)));
        p.put("openings", literal(List.of(OPENINGS)));
        p.put(
                "topics",
                literal(List.of(TOPICS).stream()
                        .map(t -> t.replace("%d", String.valueOf(year)))
                        .toList()));
        p.put("leaders", literal(ids(cast.leaders())));
        p.put("leaderNames", literal(names(cast.leaders())));
        jdbc.sql(DOCUMENTS).params(p).update();
        p.put("units", literal(ids(cast.units())));
        p.put("unitNames", literal(names(cast.units())));
        p.put("handlers", literal(ids(cast.handlers())));
        p.put(
                "handlerUnits",
                literal(cast.handlers().stream().map(h -> h.unitId().toString()).toList()));
        p.put("handlerNames", literal(names(cast.handlers())));
        jdbc.sql(MAIN_ASSIGNMENTS).params(p).update();
        // About a third of the documents also have a coordinating unit, a tenth a unit kept informed.
        jdbc.sql(unitAssignments("COORDINATE", "phối hợp.", "1", "(d.arrival_number % 3 = 0)"))
                .params(p)
                .update();
        jdbc.sql(unitAssignments("INFORM", "để biết.", "2", "(d.arrival_number % 10 = 0)"))
                .params(p)
                .update();
        return n;
    }

    /**
     * Arrival {@code g} of {@code n} lands on working day {@code floor(x)} at 07:30 plus the fraction of 9.5 hours, so
     * arrival numbers follow arrival times. Documents older than two months are completed but for 0.5 % still open
     * (overdue); the last two months are progressively open: registered, submitted to one of the leaders, assigned,
     * in progress.
     */
    private static final String DOCUMENTS =
            """
            insert into document.incoming_document (id, agency_id, book_id, arrival_year, arrival_number, arrived_at,
                organ_name, code_number, code_notation, issued_date, doc_type, subject, urgency, confidentiality,
                page_amount, signer_position, signer_name, due_date, status, submitted_to, submitted_at,
                return_reason, completion_summary, completed_at, completed_by, registered_by, registered_at,
                submission_key)
            select gen_random_uuid(), :agency, :book, :year, g, at, a.author, (1 + floor(r1 * 2400))::int::text,
                case when t.code = '' then a.code || '-' || (array['VP','KT','TH','NV','KHTC'])[1 + (g % 5)]
                     else t.code || '-' || a.code end,
                (at at time zone 'Asia/Ho_Chi_Minh')::date - (floor(r2 * 6))::int, t.type,
                (cast(:openings as text[]))[1 + floor(r3 * cardinality(cast(:openings as text[])))::int] || ' '
                    || (cast(:topics as text[]))[1 + floor(r4 * cardinality(cast(:topics as text[])))::int],
                case when r5 < 0.01 then 'HOA_TOC' when r5 < 0.05 then 'KHAN' else 'THUONG' end, 'THUONG',
                1 + (g % 4), (array['Giám đốc','Phó Giám đốc','Chủ tịch','Phó Chủ tịch','Chánh Văn phòng'])[1 + g % 5],
                (array['Nguyễn Văn Hùng','Trần Thị Mai','Lê Quang Vinh','Phạm Minh Tuấn','Hoàng Thị Lan'])[1 + g % 5],
                case when r6 < 0.7 then (at at time zone 'Asia/Ho_Chi_Minh')::date + 14 end,
                status,
                case when status not in ('RETURNED', 'REGISTERED') then leader end,
                case when status not in ('RETURNED', 'REGISTERED') then at + interval '1 hour' end,
                case when status = 'RETURNED' then 'Văn bản gửi nhầm cơ quan' end,
                case when status = 'COMPLETED' then 'Đã tham mưu văn bản trả lời' end,
                case when status = 'COMPLETED' then at + (1 + r6 * 13) * interval '1 day' end,
                case when status = 'COMPLETED' then leader end,
                :clerk, at, gen_random_uuid()::text
            from (
                select g, r1, r2, r3, r4, r5, r6, at,
                    (cast(:leaders as uuid[]))[1 + g % cardinality(cast(:leaders as uuid[]))] as leader,
                    case when r7 < 0.02 then 'RETURNED'
                         when at < cast(:now as timestamptz) - interval '60 days' and r7 < 0.995 then 'COMPLETED'
                         when at < cast(:now as timestamptz) - interval '20 days' and r7 < 0.7 then 'COMPLETED'
                         when at > cast(:now as timestamptz) - interval '1 day' and r7 < 0.3 then 'REGISTERED'
                         when at > cast(:now as timestamptz) - interval '3 days' and r7 < 0.5 then 'SUBMITTED'
                         when r7 < 0.05 then 'SUBMITTED'
                         when r7 < 0.6 then 'IN_PROGRESS' else 'ASSIGNED' end as status,
                    1 + floor(r1 * cardinality(cast(:authors as text[])))::int as ai,
                    1 + floor(r3 * cardinality(cast(:types as text[])))::int as ti
                from (
                    select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
                        ((days[1 + floor((g - 1)::float8 * cardinality(days) / :n)::int] + time '07:30')
                            + (((g - 1)::float8 * cardinality(days) / :n)
                               - floor((g - 1)::float8 * cardinality(days) / :n)) * interval '9.5 hours')
                            at time zone 'Asia/Ho_Chi_Minh' as at
                    from generate_series(1, :n) g,
                        (select array_agg(d::date order by d) days from generate_series(cast(:first as date),
                            cast(:last as date), interval '1 day') d where extract(isodow from d) < 6) w
                ) raw
            ) x
            cross join lateral (select (cast(:authors as text[]))[x.ai] as author,
                                       (cast(:authorCodes as text[]))[x.ai] as code) a
            cross join lateral (select (cast(:types as text[]))[x.ti] as type,
                                       coalesce((cast(:typeCodes as text[]))[x.ti], '') as code) t
            """;

    /**
     * The main handler: four documents in five go to a specialist (spread over all of them), the fifth to a unit as a
     * whole. Deadline ten days after arrival, so open old documents are overdue.
     */
    private static final String MAIN_ASSIGNMENTS =
            """
            insert into document.assignment (id, document_id, agency_id, role, assignee_account_id, assignee_unit_id,
                assignee_name, deadline, opinion, state, assigned_by, assigned_by_name, assigned_at, done_at)
            select gen_random_uuid(), d.id, d.agency_id, 'MAIN',
                case when person then cast((cast(:handlers as text[]))[h] as uuid) end,
                case when person then cast((cast(:handlerUnits as text[]))[h] as uuid)
                     else cast((cast(:units as text[]))[u] as uuid) end,
                case when person then (cast(:handlerNames as text[]))[h] else (cast(:unitNames as text[]))[u] end,
                d.arrived_at + interval '10 days', 'Giao chủ trì tham mưu giải quyết.',
                case when d.status = 'COMPLETED' then 'DONE' else 'OPEN' end,
                d.submitted_to, coalesce((cast(:leaderNames as text[]))[array_position(cast(:leaders as uuid[]),
                    d.submitted_to)], 'Lãnh đạo'), d.arrived_at + interval '2 hours',
                case when d.status = 'COMPLETED' then d.completed_at end
            from (select d.*, d.arrival_number % 5 <> 0 as person,
                         1 + (d.arrival_number * 7919) % cardinality(cast(:handlers as text[])) as h,
                         1 + d.arrival_number % cardinality(cast(:units as text[])) as u
                  from document.incoming_document d
                  where d.book_id = :book and d.status in ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED')) d
            """;

    private static String unitAssignments(String role, String opinion, String unitOffset, String wanted) {
        return """
                insert into document.assignment (id, document_id, agency_id, role, assignee_unit_id, assignee_name,
                    deadline, opinion, state, assigned_by, assigned_by_name, assigned_at, done_at)
                select gen_random_uuid(), d.id, d.agency_id, '%1$s', cast(u.unit as uuid), u.name,
                    case when '%1$s' <> 'INFORM' then d.arrived_at + interval '10 days' end,
                    'Giao ' || u.name || ' %2$s',
                    case when d.status = 'COMPLETED' then 'DONE' else 'OPEN' end,
                    d.submitted_to, 'Lãnh đạo', d.arrived_at + interval '2 hours',
                    case when d.status = 'COMPLETED' then d.completed_at end
                from document.incoming_document d
                cross join lateral (select (cast(:units as text[]))[1 + (d.arrival_number + %3$s)
                        %% cardinality(cast(:units as text[]))] as unit,
                    (cast(:unitNames as text[]))[1 + (d.arrival_number + %3$s) %% cardinality(cast(:units as text[]))]
                        as name) u
                where d.book_id = :book and d.status in ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED') and %4$s
                """
                .formatted(role, opinion, unitOffset, wanted);
    }

    private static UUID agency(JdbcClient jdbc, String agencyCode) {
        return jdbc.sql("select id from organization.agency where code = :code and valid_to is null")
                .param("code", agencyCode)
                .query(UUID.class)
                .single();
    }

    /** The agency's clerk, leaders (no unit, DOC_ASSIGN), units and handlers (specialists and division leaders). */
    private static Cast castOf(JdbcClient jdbc, String agencyCode) {
        UUID agency = agency(jdbc, agencyCode);
        UUID clerk = jdbc.sql("select a.id from identity.staff_account a join identity.staff_role r on r.account_id"
                        + " = a.id where a.agency_id = :a and r.role = 'CLERK' order by a.username limit 1")
                .param("a", agency)
                .query(UUID.class)
                .single();
        List<Person> leaders = people(
                jdbc,
                "select a.id, a.id unit, a.display_name name from identity.staff_account a join identity.staff_role r"
                        + " on r.account_id = a.id where a.agency_id = :a and r.role = 'AGENCY_LEADER'"
                        + " order by a.username",
                agency);
        List<Person> units = people(
                jdbc,
                "select id, id unit, name from organization.unit where agency_id = :a and valid_to is null"
                        + " order by name",
                agency);
        List<Person> handlers = people(
                jdbc,
                "select distinct a.id, a.unit_id unit, a.display_name name from identity.staff_account a"
                        + " join identity.staff_role r on r.account_id = a.id where a.agency_id = :a"
                        + " and a.unit_id is not null and r.role in ('SPECIALIST', 'DIVISION_LEADER')"
                        + " order by a.id",
                agency);
        return new Cast(agency, clerk, leaders, units, handlers);
    }

    private static List<Person> people(JdbcClient jdbc, String sql, UUID agency) {
        return jdbc.sql(sql)
                .param("a", agency)
                .query((rs, n) -> new Person(
                        rs.getObject("id", UUID.class), rs.getObject("unit", UUID.class), rs.getString("name")))
                .list();
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(p -> p.id().toString()).toList();
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::name).toList();
    }

    private static List<String> column(String[][] rows, int index) {
        List<String> values = new ArrayList<>();
        for (String[] row : rows) {
            values.add(row[index]);
        }
        return values;
    }

    /** A PostgreSQL text-array literal. */
    private static String literal(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(values.get(i).replace("\"", "\\\""))
                    .append('"');
        }
        return s.append('}').toString();
    }
}
