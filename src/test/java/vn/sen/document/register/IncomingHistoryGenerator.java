package vn.sen.document.register;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills the document tables with a realistic incoming history for one agency, straight in SQL
 * ({@code insert … select … from generate_series}): Vietnamese subjects from a vocabulary, real-sounding issuing
 * bodies and notations ({@code 123/UBND-VP}, {@code 45/KH-UBND}), arrivals spread over the working days of each
 * year, a leader's submission, lead and coordinating assignments with deadlines, and completions some on time and
 * some late. 100,000 documents with assignments take a few seconds.
 *
 * <p>From the command line (after {@code mvn -q test-compile}), against a running Sen database:
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.sen.document.register.IncomingHistoryGenerator \
 *     jdbc:postgresql://localhost:15432/postgres postgres postgres H99.10 2025 1 100000
 * </pre>
 *
 * (arguments: JDBC URL, user, password, agency code, first year, number of years, documents per year; the agency's
 * demo accounts {@code vanthu} and {@code giamdoc} register and direct the documents).
 */
public final class IncomingHistoryGenerator {

    /** Issuing bodies and their abbreviation in notations. */
    private static final String[][] AUTHORS = {
        {"Ủy ban nhân dân tỉnh Sen Hồng", "UBND"},
        {"Văn phòng Ủy ban nhân dân tỉnh Sen Hồng", "VP"},
        {"Bộ Khoa học và Công nghệ", "BKHCN"},
        {"Bộ Nội vụ", "BNV"},
        {"Sở Nội vụ tỉnh Sen Hồng", "SNV"},
        {"Sở Tài chính tỉnh Sen Hồng", "STC"},
        {"Sở Xây dựng tỉnh Sen Hồng", "SXD"},
        {"Sở Giáo dục và Đào tạo tỉnh Sen Hồng", "SGDĐT"},
        {"Công an tỉnh Sen Hồng", "CAT"},
        {"Ban Quản lý các khu công nghiệp tỉnh Sen Hồng", "BQLKCN"},
        {"Hội đồng nhân dân tỉnh Sen Hồng", "HĐND"},
        {"Ủy ban nhân dân thành phố Hoa Sen", "UBND"},
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
        "Về việc rà soát", "Về việc phối hợp",
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
    };

    private IncomingHistoryGenerator() {}

    /** The people and units of the agency that the generated history names. */
    record Cast(
            UUID agencyId,
            UUID clerkId,
            UUID leaderId,
            String leaderName,
            List<UUID> unitIds,
            List<String> unitNames) {}

    /** Inserts one book and {@code count} documents arriving over the working days of {@code year}; returns the book. */
    static UUID generateYear(JdbcClient jdbc, Cast cast, int year, int count, String bookCode, Instant now) {
        UUID book = UUID.randomUUID();
        jdbc.sql("insert into document.register_book (id, agency_id, direction, year, code, name, confidential,"
                        + " default_book, last_number, created_at) values (:id, :agency, 'INCOMING', :year, :code,"
                        + " :name, false, false, :count, now())")
                .param("id", book)
                .param("agency", cast.agencyId())
                .param("year", year)
                .param("code", bookCode)
                .param("name", "Sổ văn bản đến " + bookCode)
                .param("count", count)
                .update();
        Map<String, Object> p = new HashMap<>();
        p.put("book", book);
        p.put("agency", cast.agencyId());
        p.put("year", year);
        p.put("n", count);
        p.put("clerk", cast.clerkId());
        p.put("leader", cast.leaderId());
        p.put("now", now.atOffset(java.time.ZoneOffset.UTC));
        p.put("first", LocalDate.of(year, 1, 1));
        p.put("last", LocalDate.of(year, 12, 31));
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
        jdbc.sql(DOCUMENTS).params(p).update();
        p.put("units", literal(cast.unitIds().stream().map(UUID::toString).toList()));
        p.put("unitNames", literal(cast.unitNames()));
        p.put("leaderName", cast.leaderName());
        jdbc.sql(assignments("MAIN", "0", "1")).params(p).update();
        // About a third of the documents also have a coordinating unit, a tenth a unit kept informed.
        jdbc.sql(assignments("COORDINATE", "1", "(d.arrival_number % 3 = 0)::int"))
                .params(p)
                .update();
        jdbc.sql(assignments("INFORM", "2", "(d.arrival_number % 10 = 0)::int"))
                .params(p)
                .update();
        return book;
    }

    /**
     * Arrival {@code g} of {@code n} lands on working day {@code floor(x)} at 07:30 plus the fraction of 9.5 hours, so
     * arrival numbers follow arrival times. Old documents are mostly completed (about 70 % before their deadline);
     * recent ones are still being handled.
     */
    private static final String DOCUMENTS =
            """
            insert into document.incoming_document (id, agency_id, book_id, arrival_year, arrival_number, arrived_at,
                organ_name, code_number, code_notation, issued_date, doc_type, subject, urgency, confidentiality,
                due_date, status, submitted_to, submitted_at, return_reason, completion_summary, completed_at,
                completed_by, registered_by, registered_at, submission_key)
            select gen_random_uuid(), :agency, :book, :year, g, at, a.author, (1 + floor(r1 * 2400))::int::text,
                case when t.code = '' then a.code || '-' || (array['VP','KT','TH','NV','KHTC'])[1 + (g % 5)]
                     else t.code || '-' || a.code end,
                (at at time zone 'Asia/Ho_Chi_Minh')::date - (floor(r2 * 6))::int, t.type,
                (cast(:openings as text[]))[1 + floor(r3 * cardinality(cast(:openings as text[])))::int] || ' '
                    || (cast(:topics as text[]))[1 + floor(r4 * cardinality(cast(:topics as text[])))::int],
                case when r5 < 0.01 then 'HOA_TOC' when r5 < 0.05 then 'KHAN' else 'THUONG' end, 'THUONG',
                case when r6 < 0.7 then (at at time zone 'Asia/Ho_Chi_Minh')::date + 14 end,
                status,
                case when status <> 'RETURNED' then cast(:leader as uuid) end,
                case when status <> 'RETURNED' then at + interval '1 hour' end,
                case when status = 'RETURNED' then 'Văn bản gửi nhầm cơ quan' end,
                case when status = 'COMPLETED' then 'Đã tham mưu văn bản trả lời' end,
                case when status = 'COMPLETED' then at + (1 + r6 * 13) * interval '1 day' end,
                case when status = 'COMPLETED' then cast(:leader as uuid) end,
                :clerk, at, gen_random_uuid()::text
            from (
                select g, r1, r2, r3, r4, r5, r6, at,
                    case when r7 < 0.02 then 'RETURNED'
                         when at < cast(:now as timestamptz) - interval '30 days' and r7 < 0.95 then 'COMPLETED'
                         when r7 < 0.5 then 'IN_PROGRESS' when r7 < 0.8 then 'ASSIGNED' else 'SUBMITTED' end as status,
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

    private static String assignments(String role, String unitOffset, String wanted) {
        return """
                insert into document.assignment (id, document_id, agency_id, role, assignee_unit_id, assignee_name,
                    deadline, opinion, state, assigned_by, assigned_by_name, assigned_at, done_at)
                select gen_random_uuid(), d.id, d.agency_id, '%1$s', cast(u.unit as uuid), u.name,
                    case when '%1$s' <> 'INFORM' then d.arrived_at + interval '10 days' end,
                    'Giao ' || u.name || ' %2$s',
                    case when d.status = 'COMPLETED' then 'DONE' else 'OPEN' end,
                    cast(:leader as uuid), :leaderName, d.arrived_at + interval '2 hours',
                    case when d.status = 'COMPLETED' then d.completed_at end
                from document.incoming_document d
                cross join lateral (select (cast(:units as text[]))[1 + (d.arrival_number + %3$s)
                        %% cardinality(cast(:units as text[]))] as unit,
                    (cast(:unitNames as text[]))[1 + (d.arrival_number + %3$s) %% cardinality(cast(:units as text[]))]
                        as name) u
                where d.book_id = :book and d.status in ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED') and %4$s = 1
                """
                .formatted(
                        role,
                        switch (role) {
                            case "MAIN" -> "chủ trì tham mưu giải quyết.";
                            case "COORDINATE" -> "phối hợp.";
                            default -> "để biết.";
                        },
                        unitOffset,
                        wanted);
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

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println(
                    "usage: IncomingHistoryGenerator jdbcUrl user password agencyCode firstYear years perYear");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            DataSource ds = new SingleConnectionDataSource(connection, true);
            JdbcClient jdbc = JdbcClient.create(ds);
            Cast cast = castOf(jdbc, args[3]);
            int first = Integer.parseInt(args[4]);
            int years = Integer.parseInt(args[5]);
            int perYear = Integer.parseInt(args[6]);
            for (int year = first; year < first + years; year++) {
                long start = System.nanoTime();
                UUID book = generateYear(
                        jdbc,
                        cast,
                        year,
                        perYear,
                        "GEN-" + year + "-" + UUID.randomUUID().toString().substring(0, 8),
                        Instant.now());
                System.out.printf(
                        "%d: %d documents in book %s, %d ms%n",
                        year, perYear, book, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** The demo agency's clerk, director and units (read directly: this is a development tool, not module code). */
    private static Cast castOf(JdbcClient jdbc, String agencyCode) {
        UUID agency = jdbc.sql("select id from organization.agency where code = :code and valid_to is null")
                .param("code", agencyCode)
                .query(UUID.class)
                .single();
        UUID clerk = jdbc.sql(
                        "select id from identity.staff_account where agency_id = :a and username like 'vanthu%' limit 1")
                .param("a", agency)
                .query(UUID.class)
                .single();
        Map<String, Object> leader = jdbc.sql("select id, display_name from identity.staff_account where agency_id = :a"
                        + " and username like 'giamdoc%' limit 1")
                .param("a", agency)
                .query()
                .singleRow();
        List<Map<String, Object>> units = jdbc.sql("select id, name from organization.unit where agency_id = :a"
                        + " and valid_to is null order by name")
                .param("a", agency)
                .query()
                .listOfRows();
        return new Cast(
                agency,
                clerk,
                (UUID) leader.get("id"),
                (String) leader.get("display_name"),
                units.stream().map(u -> (UUID) u.get("id")).toList(),
                units.stream().map(u -> (String) u.get("name")).toList());
    }
}
