package vn.sen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Fills a running Sen database with a province's one-stop history for the statistics and lookup benchmarks of issue 5,
 * straight in SQL ({@code insert … select … from generate_series}): {@code procedures} procedures spread over
 * {@code agencies} agencies (generated ids, not organization rows: the statistics name an unknown agency by its id),
 * and {@code dossiers} dossiers over {@code years} years up to today, in the order they came in, with a realistic
 * mix: about 45% online, 50% at the counter, 5% by post; older dossiers mostly returned (about 85% of them early or on
 * time, the rest late), some refused, stopped, closed or still open past their appointment; 4% asked once to
 * supplement (the clock restarted after the waiting, as Sen does), 2% extended; the last two months still moving
 * (in process, waiting for a supplement, awaiting the online check). Four dossiers in five carry a digitised input file,
 * and every applicant a phone number, so that the lookup benchmark can use valid code and phone pairs.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.sen.bench.ProvinceDossierGenerator \
 *     jdbc:postgresql://localhost:15432/postgres postgres postgres 40 2000 1000000 5
 * </pre>
 *
 * (arguments: JDBC URL, user, password, agencies, procedures, dossiers, years). Generated rows are recognisable
 * (procedure codes {@code BENCH.n}, dossier codes {@code BENCH…}) and the generator refuses to run twice.
 */
public final class ProvinceDossierGenerator {

    private ProvinceDossierGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println(
                    "usage: ProvinceDossierGenerator jdbcUrl user password agencies procedures dossiers years");
            System.exit(2);
        }
        int agencies = Integer.parseInt(args[3]);
        int procedures = Integer.parseInt(args[4]);
        int dossiers = Integer.parseInt(args[5]);
        int years = Integer.parseInt(args[6]);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
                Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select count(*) from onestop.procedure where national_code like 'BENCH.%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("this database already holds a generated province");
                }
            }
            time("procedures", () -> s.executeUpdate(procedures(agencies, procedures)));
            LocalDate first = LocalDate.now().minusYears(years);
            int chunks = years * 4;
            for (int k = 0; k < chunks; k++) {
                long from = (long) dossiers * k / chunks + 1;
                long to = (long) dossiers * (k + 1) / chunks;
                int chunk = k;
                time(
                        "dossiers " + from + "–" + to,
                        () -> s.executeUpdate(dossiers(from, to, dossiers, procedures, agencies, first)));
                if (chunk == 0) {
                    System.out.println("(first chunk done)");
                }
            }
            time("files", () -> s.executeUpdate(files()));
            time("vacuum analyze", () -> {
                s.execute("vacuum analyze onestop.dossier");
                s.execute("vacuum analyze onestop.dossier_file");
                s.execute("analyze onestop.procedure");
                return 0;
            });
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    interface Step {
        int run() throws Exception;
    }

    private static void time(String what, Step step) throws Exception {
        long t0 = System.nanoTime();
        int n = step.run();
        System.out.printf("%s: %d rows, %d ms%n", what, n, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Agency i's id: the same on every run, so that reports can be compared. */
    static String agencyId(String i) {
        return "md5('bench-agency-' || " + i + ")::uuid";
    }

    static String procedures(int agencies, int procedures) {
        return """
                insert into onestop.procedure (id, agency_id, national_code, name, field, level, online_level,
                    processing_hours, cut_off, result_type, search_text, revision, updated_at, updated_by)
                select md5('bench-procedure-' || n)::uuid, %s, 'BENCH.' || n,
                       'Thủ tục hành chính số ' || n, 'Lĩnh vực ' || (n %% 25 + 1),
                       case when n %% 10 = 0 then 'COMMUNE' else 'PROVINCE' end,
                       case when n %% 20 < 8 then 'FULL' when n %% 20 < 15 then 'PARTIAL' else 'NONE' end,
                       (array[8, 24, 40, 80, 120, 160])[n %% 6 + 1], '15:00', 'Giấy phép',
                       'thu tuc hanh chinh so ' || n, 1, now(), 'bench'
                from generate_series(0, %d) n
                """
                .formatted(agencyId("(n % " + agencies + ")"), procedures - 1);
    }

    /**
     * Dossiers {@code from..to} of {@code total}, spread evenly from {@code first} to now; everything about a dossier
     * is derived from its number, so the same arguments give the same province.
     */
    static String dossiers(long from, long to, int total, int procedures, int agencies, LocalDate first) {
        return """
                insert into onestop.dossier (id, code, agency_id, procedure_id, procedure_revision, procedure_name,
                    channel, state, applicant_kind, applicant_id_number, applicant_name, applicant_phone,
                    submitted_at, received_at, clock_started_at, due_at, original_due_at, extended,
                    supplement_requests, supplement_requested_at, waiting_seconds, current_step, step_role,
                    step_due_at, result_file_id, result_summary, result_ready_at, returned_at, ended_at, end_reason,
                    received_by)
                select md5('bench-dossier-' || g)::uuid,
                       'BENCH' || lpad((p %% %4$d)::text, 2, '0') || '-' || to_char(intake, 'YYMMDD') || '-' || g,
                       %5$s, md5('bench-procedure-' || p)::uuid, 1, 'Thủ tục hành chính số ' || p,
                       channel, state, 'CITIZEN', lpad((g::bigint * 7919 %% 1000000000000)::text, 12, '0'),
                       (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'])[g %% 8 + 1] || ' '
                         || (array['Văn', 'Thị', 'Minh', 'Thu', 'Quang', 'Ngọc'])[g %% 6 + 1] || ' '
                         || (array['An', 'Bình', 'Dung', 'Hà', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Sơn'])[g %% 10 + 1],
                       '09' || lpad((g * 37 %% 100000000)::text, 8, '0'),
                       intake - case when channel = 'ONLINE' then interval '3 hours' else interval '0' end,
                       case when state = 'SUBMITTED' or (state = 'AWAITING_SUPPLEMENT' and channel <> 'ONLINE')
                            then null else intake end,
                       case when state = 'SUBMITTED' or state = 'AWAITING_SUPPLEMENT' then null else clock end,
                       case when state = 'SUBMITTED' or state = 'AWAITING_SUPPLEMENT' then null
                            when extended then appointment + interval '3 days' else appointment end,
                       case when extended then appointment end,
                       extended,
                       case when supplemented or state = 'AWAITING_SUPPLEMENT' then 1 else 0 end,
                       case when supplemented then intake + interval '1 day'
                            when state = 'AWAITING_SUPPLEMENT' then intake end,
                       case when supplemented then waiting else 0 end,
                       case when state = 'IN_PROCESS' then 2 end,
                       case when state = 'IN_PROCESS' then 'SPECIALIST' end,
                       case when state = 'IN_PROCESS' then appointment - interval '1 day' end,
                       case when ready is not null and abs(hashtext('f' || g)) %% 20 <> 0 then md5('bench-result-' || g)::uuid end,
                       case when ready is not null then 'Kết quả giải quyết' end,
                       ready,
                       case when state = 'RETURNED' then ready + interval '1 day' end,
                       case when state = 'RETURNED' then ready + interval '1 day'
                            when state in ('REFUSED', 'STOPPED') then intake + interval '2 days'
                            when state = 'CLOSED' then intake + interval '16 days' end,
                       case when state in ('REFUSED', 'STOPPED', 'CLOSED') then 'Sinh dữ liệu thử' end,
                       'bench'
                from (
                  select g, p, intake, channel, supplemented, waiting, extended, clock,
                         clock + hours * interval '1 hour' * 3 as appointment,
                         -- about one in six takes longer than its appointment; none is ready in the future
                         -- pseudo-random by hashes of the number, so that no agency gets a skewed mix
                         case when state in ('RETURNED', 'RESULT_READY')
                              then least(now() - interval '1 hour',
                                         clock + hours * interval '1 hour' * 3 * (0.3 + abs(hashtext('t' || g)) %% 100 / 118.0))
                         end as ready,
                         state
                  from (
                    select g, p, intake, channel, supplemented, waiting, extended, hours,
                           intake + case when supplemented then interval '1 day' + waiting * interval '1 second'
                                         else interval '0' end as clock,
                           case when age > 60 then
                                  case when r < 90 then 'RETURNED' when r < 93 then 'REFUSED'
                                       when r < 95 then 'STOPPED' when r < 97 then 'CLOSED'
                                       when r < 98 then 'RESULT_READY' else 'IN_PROCESS' end
                                when age < 1 then 'IN_PROCESS'
                                else
                                  case when r < 40 then 'RETURNED' when r < 50 then 'RESULT_READY'
                                       when r < 85 then 'IN_PROCESS' when r < 92 then 'AWAITING_SUPPLEMENT'
                                       when r < 95 and channel = 'ONLINE' then 'SUBMITTED'
                                       when r < 97 then 'REFUSED' else 'IN_PROCESS' end
                           end as state
                    from (
                      select g, p, intake,
                             case when abs(hashtext('c' || g)) %% 100 < 45 then 'ONLINE'
                                  when abs(hashtext('c' || g)) %% 100 < 95 then 'COUNTER' else 'POST' end
                               as channel,
                             abs(hashtext('s' || g)) %% 25 = 3 as supplemented,
                             (2 + g %% 4) * 86400 as waiting,
                             abs(hashtext('e' || g)) %% 50 = 7 as extended,
                             (array[8, 24, 40, 80, 120, 160])[p %% 6 + 1] as hours,
                             abs(hashtext('r' || g)) %% 100 as r,
                             extract(day from now() - intake) as age
                      from (
                        select g, (g::bigint * 7919 %% %3$d)::int as p,
                               timestamptz '%6$s 07:30:00+07'
                                 + (now() - timestamptz '%6$s 07:30:00+07') * (g::float8 / %2$d)
                                 + (g %% 9) * interval '1 hour' as intake
                        from generate_series(%1$d, %7$d) g
                      ) a
                    ) b
                  ) c
                ) d
                """
                .formatted(from, total, procedures, agencies, agencyId("(p % " + agencies + ")"), first, to);
    }

    static String files() {
        return """
                insert into onestop.dossier_file (dossier_id, position, component_number, component_name, file_id,
                    file_name, supplement, attached_at)
                select id, 0, 1, 'Đơn đề nghị', md5('bench-file-' || id)::uuid, 'don-de-nghi.pdf', false, submitted_at
                from onestop.dossier where code like 'BENCH%' and abs(hashtext(code)) % 5 <> 0
                """;
    }
}
