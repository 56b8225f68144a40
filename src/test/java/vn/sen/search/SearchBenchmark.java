package vn.sen.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sen.SenApplication;
import vn.sen.bench.ProductionComponentsOnly;
import vn.sen.search.SearchCorpus.Person;
import vn.sen.search.SearchCorpus.Role;
import vn.sen.search.SearchCorpus.Row;
import vn.sen.shared.security.Actor;

/**
 * The search targets of issue 7 on one machine, in one JVM: Sen starts in-process (its web server on a free port,
 * unused) on an embedded
 * PostgreSQL whose data directory persists between runs, then, by phase:
 *
 * <ul>
 *   <li>{@code generate}: {@link SearchCorpus} writes records into {@code search.entry} by {@code COPY} up to the
 *       requested count (nothing when the table already holds them);
 *   <li>{@code index}: {@link SearchRebuild#runNow} with {@link SearchRebuild.Scope#ENTRIES}, Hibernate Search's mass
 *       indexer as Sen configures it — documents per second;
 *   <li>{@code merge} (not by default): before Sen starts, merges the index to {@code --segments} (6), so runs that
 *       compare code read the same segments (a sharded index: each shard to {@code --segments} / shards, at least 1);
 *   <li>{@code tune}: the mass indexer again with other loading threads / batch sizes ({@code --tune=2:500,1:1000},
 *       optionally {@code :limit} to index only the first records), then the production setting once more so the
 *       query phase sees the whole index;
 *   <li>{@code query}: a closed loop of {@code --users} threads (a list, e.g. {@code 16,1}, runs each in turn;
 *       {@code --rounds} repeats; {@code --think=ms} makes each user pause that long on average after each search,
 *       as a person reads the results) running a realistic query mix through {@link Finder#find} as generated clerks,
 *       specialists and leaders; then the same queries built by hand as Lucene queries on the same index folder
 *       opened read-only ({@link RawLucene}); then the raw queries marking the matched words of the page as Sen does
 *       ({@link Passages}; {@code --highlight=false} skips that one). Same threads, same durations, same query list.
 *       Before the load, 300 searches are run both ways and their totals, pages of ids and facet counts compared.
 *       {@code --raw-gate=N} queues the raw searches as {@link SearchGate} queues Sen's, N at once.
 * </ul>
 *
 * <pre>
 * java -Xms3g -Xmx3g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.sen.search.SearchBenchmark \
 *     /tmp/sen-search-bench --records=1000000 --phases=generate,index,query --users=16 --warmup=30 --seconds=60
 * </pre>
 *
 * The data directory (PostgreSQL and the index) is kept, so later runs can skip generation and indexing. The
 * application starts with its web server on a free port although nothing calls it: with
 * {@code WebApplicationType.NONE} the context fails ({@code SecurityConfiguration} needs {@code HttpSecurity}).
 *
 * Other {@code --name=value} arguments go to Spring (for example
 * {@code --spring.jpa.properties.hibernate.search.backend.io.writer.ram_buffer_size=64}).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path dir = options.dir;
        Files.createDirectories(dir);
        List<String> springArgs = new ArrayList<>(List.of(
                "--sen.data-dir=" + dir,
                "--sen.db.embedded.data-dir=" + dir.resolve("pg"),
                "--sen.db.embedded.port=" + options.pgPort,
                "--sen.search.directory=local-filesystem",
                "--sen.search.index-dir=" + dir.resolve("index"),
                "--sen.demo-data=false",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        springArgs.addAll(options.passThrough);
        System.out.printf(
                "Search benchmark: %s, %,d records, phases %s, %s users, warm-up %d s, %d s measured; %d cores,"
                        + " heap %,d MB%n",
                dir,
                options.records,
                options.phases,
                options.users,
                options.warmup,
                options.seconds,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long starting = System.nanoTime();
        if (options.phases.contains("merge")) {
            merge(dir.resolve("index").resolve("entry"), options.segments);
        }
        SpringApplication application = new SpringApplication(SenApplication.class);
        // WebApplicationType.NONE does not start: SecurityConfiguration needs HttpSecurity (see the class comment)
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("benchmarkExcludesTestComponents", new ProductionComponentsOnly()));
        try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
            System.out.printf("Sen started in %.1f s%n", (System.nanoTime() - starting) / 1e9);
            Cpu cpu = new Cpu(dir.resolve("pg"));
            SearchCorpus corpus = new SearchCorpus(options.seed);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SearchRebuild rebuild = context.getBean(SearchRebuild.class);
            waitForBackgroundRebuild(rebuild);
            if (options.phases.contains("generate")) {
                generate(context.getBean(DataSource.class), jdbc, corpus, options.records, cpu);
            }
            long records = count(jdbc);
            if (records < options.records) {
                System.out.printf("Only %,d records in search.entry (asked %,d)%n", records, options.records);
            }
            if (options.phases.contains("index")) {
                index(rebuild, dir, cpu, records);
            }
            if (options.phases.contains("tune")) {
                tune(context.getBean(EntityManagerFactory.class), rebuild, dir, cpu, options.tune, records);
            }
            if (options.phases.contains("query")) {
                ZoneId zone = ZoneId.of(context.getEnvironment().getProperty("sen.calendar.zone", "UTC"));
                List<Spec> specs = specs(corpus, context.getBean(SearchSources.class), records, options);
                query(context, specs, dir.resolve("index").resolve("entry"), zone, cpu, options);
            }
        }
        System.out.printf("Done in %.1f min%n", (System.nanoTime() - starting) / 60e9);
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Phases

    private static void generate(DataSource dataSource, JdbcTemplate jdbc, SearchCorpus corpus, long wanted, Cpu cpu)
            throws Exception {
        long present = count(jdbc);
        if (present >= wanted) {
            System.out.printf("%n== generate: %,d records already in search.entry, nothing to add%n", present);
            return;
        }
        System.out.printf("%n== generate: records %,d to %,d into search.entry (COPY)%n", present, wanted);
        Cpu.Sample before = cpu.sample();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            corpus.load(connection, present, wanted, 20_000);
            long loaded = System.nanoTime();
            try (Statement s = connection.createStatement()) {
                s.execute("vacuum analyze search.entry");
            }
            double copySeconds = (loaded - started) / 1e9;
            double total = (System.nanoTime() - started) / 1e9;
            Cpu.Sample after = cpu.sample();
            System.out.printf(
                    "generated %,d records in %.1f s (%,.0f records/s), vacuum analyze included %.1f s; JVM CPU %.0f s,"
                            + " PostgreSQL CPU %.0f s%n",
                    wanted - present,
                    copySeconds,
                    (wanted - present) / copySeconds,
                    total,
                    (after.jvm() - before.jvm()) / 1e9,
                    (after.pg() - before.pg()) / 1e9);
        }
        describeTable(jdbc);
    }

    private static void describeTable(JdbcTemplate jdbc) {
        Map<String, Object> size = jdbc.queryForMap(
                """
                select pg_size_pretty(pg_total_relation_size('search.entry')) as total,
                       pg_size_pretty(pg_relation_size('search.entry')) as heap,
                       (select avg(length(content))::int from (select content from search.entry limit 10000) s)
                           as content_chars,
                       (select avg(octet_length(title) + octet_length(refs) + octet_length(names) + octet_length(body)
                           + octet_length(content) + octet_length(readers))::int
                        from (select * from search.entry limit 10000) s) as text_bytes
                """);
        System.out.printf(
                "search.entry: %s with TOAST and indexes (heap %s); content %s characters, %s bytes of text a record"
                        + " on average%n",
                size.get("total"), size.get("heap"), size.get("content_chars"), size.get("text_bytes"));
        jdbc.query("select kind, count(*) from search.entry group by kind order by 2 desc", rs -> {
            System.out.printf("  %-9s %,d%n", rs.getString(1), rs.getLong(2));
        });
    }

    private static void index(SearchRebuild rebuild, Path dir, Cpu cpu, long records) throws InterruptedException {
        System.out.printf(
                "%n== index: SearchRebuild.runNow(ENTRIES) — mass indexer, 2 loading threads, batches of 500%n");
        Cpu.Sample before = cpu.sample();
        long started = System.nanoTime();
        Thread progress = progressPrinter(() -> rebuild.progress().records(), started, records);
        SearchRebuild.Progress done = rebuild.runNow(SearchRebuild.Scope.ENTRIES);
        progress.interrupt();
        double seconds = (System.nanoTime() - started) / 1e9;
        Cpu.Sample after = cpu.sample();
        System.out.printf(
                "indexed: state %s, %,d records reported by the rebuild (search.entry holds %,d), %.1f s ="
                        + " %,.0f documents/s; JVM CPU %.0f s (%.0f %% of 2 cores), PostgreSQL CPU %.0f s; GC %.1f s;"
                        + " index %s%n",
                done.state(),
                done.records(),
                records,
                seconds,
                records / seconds,
                (after.jvm() - before.jvm()) / 1e9,
                100.0 * (after.jvm() - before.jvm()) / 1e9 / seconds / 2,
                (after.pg() - before.pg()) / 1e9,
                (after.gc() - before.gc()) / 1e3,
                size(dir.resolve("index")));
        if (done.error() != null) {
            System.out.println("error: " + done.error());
        }
    }

    private static void tune(
            EntityManagerFactory entityManagers,
            SearchRebuild rebuild,
            Path dir,
            Cpu cpu,
            List<String> variants,
            long records)
            throws InterruptedException {
        System.out.printf("%n== tune: the mass indexer with other settings (%s)%n", variants);
        boolean partial = false;
        for (String variant : variants) {
            String[] parts = variant.split(":");
            int threads = Integer.parseInt(parts[0]);
            int batch = Integer.parseInt(parts[1]);
            long limit = parts.length > 2 ? Long.parseLong(parts[2]) : records;
            partial |= limit < records;
            AtomicLong added = new AtomicLong();
            Cpu.Sample before = cpu.sample();
            long started = System.nanoTime();
            Thread progress = progressPrinter(added::get, started, limit);
            try (EntityManager em = entityManagers.createEntityManager()) {
                var indexer = Search.session(em)
                        .massIndexer(SearchEntry.class)
                        .threadsToLoadObjects(threads)
                        .batchSizeToLoadObjects(batch)
                        .monitor(new MassProgress(added));
                if (limit < records) {
                    indexer.limitIndexedObjectsTo(limit);
                }
                indexer.startAndWait();
            }
            progress.interrupt();
            double seconds = (System.nanoTime() - started) / 1e9;
            Cpu.Sample after = cpu.sample();
            System.out.printf(
                    "threadsToLoadObjects %d, batchSizeToLoadObjects %d: %,d documents in %.1f s = %,.0f documents/s;"
                            + " JVM CPU %.0f s, PostgreSQL CPU %.0f s, GC %.1f s; index %s%n",
                    threads,
                    batch,
                    added.get(),
                    seconds,
                    added.get() / seconds,
                    (after.jvm() - before.jvm()) / 1e9,
                    (after.pg() - before.pg()) / 1e9,
                    (after.gc() - before.gc()) / 1e3,
                    size(dir.resolve("index")));
        }
        if (partial) {
            System.out.println("(the index is partial: indexing everything again with Sen's settings)");
            index(rebuild, dir, cpu, records);
        }
    }

    private static void query(
            ConfigurableApplicationContext context, List<Spec> specs, Path indexDir, ZoneId zone, Cpu cpu, Options o)
            throws Exception {
        Finder finder = context.getBean(Finder.class);
        System.out.printf(
                "%n== query: %,d prepared queries (%s), %s users, %s%n",
                specs.size(),
                specs.stream()
                        .collect(Collectors.groupingBy(Spec::category, LinkedHashMap::new, Collectors.counting())),
                o.users,
                o.think == 0
                        ? "closed loop (no pause between a user's searches)"
                        : "each user pausing %,d ms on average (exponentially) after each search".formatted(o.think));
        Analyzer analyzer = Search.mapping(context.getBean(EntityManagerFactory.class))
                .indexManager(IndexLayout.INDEX)
                .unwrap(LuceneIndexManager.class)
                .searchAnalyzer();
        try (RawLucene raw = new RawLucene(indexDir, analyzer, zone)) {
            raw.describe();
            showQueries(context.getBean(EntityManagerFactory.class), raw, specs);
            compare(finder, raw, specs.subList(0, Math.min(300, specs.size())));
            Engine sen = spec -> finder.find(spec.query(), spec.actor()).total();
            SearchGate rawGate = new SearchGate(o.rawGate, Duration.ofMinutes(1));
            Engine lucene =
                    spec -> rawGate.pass(() -> raw.searchUnchecked(spec, false)).total();
            Engine luceneHighlighted =
                    spec -> rawGate.pass(() -> raw.searchUnchecked(spec, true)).total();
            for (int users : o.users) {
                for (int round = 1; round <= o.rounds; round++) {
                    System.out.printf("%n-- %d users, round %d of %d%n", users, round, o.rounds);
                    Stats s = drive("Sen (Finder.find)", specs, users, o, sen, cpu);
                    Stats r = drive("raw Lucene", specs, users, o, lucene, cpu);
                    Stats h = o.highlight
                            ? drive("raw Lucene + highlight", specs, users, o, luceneHighlighted, cpu)
                            : null;
                    System.out.printf(
                            "%nRatio Sen / raw Lucene: p50 %.2f, p95 %.2f, p99 %.2f, throughput %.2f%s%n",
                            s.p(0.50) / r.p(0.50),
                            s.p(0.95) / r.p(0.95),
                            s.p(0.99) / r.p(0.99),
                            s.throughput() / r.throughput(),
                            h == null
                                    ? ""
                                    : "; Sen / (raw + highlight): p95 %.2f, throughput %.2f"
                                            .formatted(s.p(0.95) / h.p(0.95), s.throughput() / h.throughput()));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The query mix

    /** One prepared search: what was typed and filtered, by whom, with the tokens Sen computes for them. */
    record Spec(String category, SearchQuery query, Actor actor, Set<String> tokens) {}

    /**
     * The mix: subject words without diacritics (35 %), a number/notation or dossier code (20 %), a quoted phrase
     * (15 %), words (or none) with filters (30 %: kind, type, urgency, a date range; half sorted by date). A tenth of
     * the searches ask for page 2 or 3. Searchers are the generated accounts, all roles alike; a reference is looked
     * up by someone who may read the record (a clerk or leader for documents, the one-stop desk or a specialist of the
     * agency for dossiers).
     */
    static List<Spec> specs(SearchCorpus corpus, SearchSources sources, long records, Options o) {
        SplittableRandom r = new SplittableRandom(o.seed * 31 + 7);
        Map<UUID, Set<String>> tokens = new HashMap<>();
        List<Spec> specs = new ArrayList<>(o.queries);
        LocalDate last = SearchCorpus.LAST_DAY;
        while (specs.size() < o.queries) {
            int p = r.nextInt(100);
            Person person = corpus.people.get(r.nextInt(corpus.people.size()));
            String category;
            String text = "";
            String kind = null;
            String type = null;
            String urgency = null;
            LocalDate from = null;
            LocalDate to = null;
            SearchQuery.Order order = SearchQuery.Order.RELEVANCE;
            if (p < 35) {
                category = "words";
                text = words(r, 2 + r.nextInt(2));
            } else if (p < 55) {
                category = "reference";
                Row row;
                do {
                    row = corpus.record(r.nextLong(records));
                } while (row.references().isEmpty() || row.kind().equals("PROCEDURE"));
                String reference = row.references().get(0);
                text = r.nextBoolean() ? reference : SearchCorpus.withoutDiacritics(reference);
                person = readerOf(
                        r,
                        corpus,
                        row,
                        p2 -> tokens.computeIfAbsent(p2.id(), id -> Set.copyOf(sources.tokensOf(corpus.actor(p2)))));
            } else if (p < 70) {
                category = "phrase";
                String phrase = phrase(r, 2 + r.nextInt(3));
                text = "\"" + (r.nextBoolean() ? phrase : SearchCorpus.withoutDiacritics(phrase)) + "\"";
            } else {
                category = "filters";
                int words = r.nextInt(5);
                text = words == 0 ? "" : words(r, words <= 2 ? 1 : 2);
                int filters = 0;
                if (r.nextInt(2) == 0) {
                    kind = r.nextInt(4) == 0 && person.role() != Role.SPECIALIST
                            ? "DOSSIER"
                            : r.nextBoolean() ? "INCOMING" : "OUTGOING";
                    filters++;
                }
                if (r.nextInt(3) == 0 && !"DOSSIER".equals(kind)) {
                    type = new String[] {"CONG_VAN", "QUYET_DINH", "KE_HOACH", "BAO_CAO", "THONG_BAO", "GIAY_MOI"}
                            [r.nextInt(6)];
                    filters++;
                }
                if (r.nextInt(5) == 0 && !"DOSSIER".equals(kind)) {
                    urgency = new String[] {"KHAN", "KHAN", "THUONG_KHAN", "HOA_TOC"}[r.nextInt(4)];
                    filters++;
                }
                if (r.nextInt(2) == 0 || filters == 0) {
                    int span = new int[] {31, 92, 366}[r.nextInt(3)];
                    to = last.minusDays(r.nextInt(365 * SearchCorpus.YEARS - span));
                    from = to.minusDays(span - 1);
                }
                order = r.nextBoolean() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE;
            }
            int page = r.nextInt(10) == 0 ? 2 + r.nextInt(2) : 1;
            SearchQuery query = new SearchQuery(text, kind, type, null, urgency, null, null, from, to, order, page, 20);
            Actor actor = corpus.actor(person);
            Set<String> held = tokens.computeIfAbsent(person.id(), id -> Set.copyOf(sources.tokensOf(actor)));
            specs.add(new Spec(category, query, actor, held));
        }
        return specs;
    }

    /** A reader of the record: for documents a clerk or leader of its agency, for dossiers the desk or a specialist. */
    private static Person readerOf(
            SplittableRandom r, SearchCorpus corpus, Row row, java.util.function.Function<Person, Set<String>> tokens) {
        SearchCorpus.Agency agency = corpus.agencies.stream()
                .filter(a -> a.id().equals(row.agencyId()))
                .findFirst()
                .orElseThrow();
        for (int attempt = 0; attempt < 50; attempt++) {
            Person candidate =
                    switch (row.kind()) {
                        case "DOSSIER" ->
                            r.nextBoolean()
                                    ? agency.with(Role.ONESTOP_OFFICER).get(0)
                                    : agency.with(Role.SPECIALIST)
                                            .get(r.nextInt(
                                                    agency.with(Role.SPECIALIST).size()));
                        default ->
                            r.nextBoolean()
                                    ? agency.with(Role.CLERK).get(0)
                                    : agency.with(Role.AGENCY_LEADER).get(r.nextInt(2));
                    };
            if (!java.util.Collections.disjoint(tokens.apply(candidate), row.readers())) {
                return candidate;
            }
        }
        // someone who cannot read it: the search finds nothing, which also happens
        return agency.with(Role.SPECIALIST).get(0);
    }

    /** Two or three words of a topic or the surrounding vocabulary, typed without diacritics. */
    private static String words(SplittableRandom r, int count) {
        String[] words = SearchCorpus.withoutDiacritics(SearchCorpus.topic(r).replaceAll("[,.]", ""))
                .split(" ");
        if (words.length <= count) {
            return String.join(" ", words);
        }
        int start = r.nextInt(words.length - count + 1);
        return String.join(" ", Arrays.copyOfRange(words, start, start + count));
    }

    private static String phrase(SplittableRandom r, int count) {
        String[] words = SearchCorpus.topic(r).replaceAll("[,.]", "").split(" ");
        if (words.length <= count) {
            return String.join(" ", words);
        }
        int start = r.nextInt(words.length - count + 1);
        return String.join(" ", Arrays.copyOfRange(words, start, start + count));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Checks that the raw queries are Sen's

    /** Hibernate Search's Lucene query for a few prepared searches beside the hand-built one. */
    private static void showQueries(EntityManagerFactory entityManagers, RawLucene raw, List<Spec> specs) {
        Set<String> shown = new HashSet<>();
        try (EntityManager em = entityManagers.createEntityManager()) {
            SearchSession session = Search.session(em);
            for (Spec spec : specs) {
                if (!shown.add(spec.category()) || spec.query().text().isEmpty()) {
                    continue;
                }
                SearchScope<SearchEntry> scope = session.scope(SearchEntry.class);
                QueryText text = QueryText.parse(spec.query().text());
                String hs = session.search(scope)
                        .where(f -> f.bool(b -> {
                            b.filter(f.terms().field("readers").matchingAny(spec.tokens()));
                            if (spec.query().kind() != null) {
                                b.filter(f.match()
                                        .field("kind")
                                        .matching(spec.query().kind()));
                            }
                            b.must(Finder.textPredicate(scope, text));
                        }))
                        .toQuery()
                        .queryString();
                System.out.printf(
                        "%s %s%n  Hibernate Search: %s%n  raw:              %s%n",
                        spec.category(),
                        spec.query().text(),
                        abbreviate(hs),
                        abbreviate(raw.query(spec).toString()));
            }
        }
    }

    private static String abbreviate(String query) {
        return query.replaceAll("(readers:\\S+ ?){2,}", "readers:… ").replaceAll("\\s+", " ");
    }

    /** Totals and the ids of the page must be the same in Sen and in the raw search. */
    private static void compare(Finder finder, RawLucene raw, List<Spec> specs) throws IOException {
        int totals = 0;
        int pages = 0;
        long hits = 0;
        List<String> differences = new ArrayList<>();
        for (Spec spec : specs) {
            SearchResults sen = finder.find(spec.query(), spec.actor());
            RawLucene.Result lucene = raw.search(spec, false);
            hits += sen.total();
            if (sen.total() == lucene.total()) {
                totals++;
            } else if (differences.size() < 5) {
                differences.add(spec.query().text() + ": Sen " + sen.total() + ", raw " + lucene.total());
            }
            Set<String> senIds = sen.hits().stream().map(h -> h.id().toString()).collect(Collectors.toSet());
            if (senIds.equals(new HashSet<>(lucene.ids()))) {
                pages++;
            } else if (differences.size() < 5) {
                differences.add(spec.query().text() + ": pages differ");
            }
            Map<String, Map<String, Long>> senFacets = new HashMap<>();
            sen.facets()
                    .forEach((name, counts) -> senFacets.put(
                            name,
                            counts.stream()
                                    .collect(Collectors.toMap(
                                            SearchResults.FacetCount::value, SearchResults.FacetCount::count))));
            if (!senFacets.equals(lucene.facets()) && differences.size() < 5) {
                differences.add(spec.query().text() + ": facets differ " + senFacets + " / " + lucene.facets());
            }
        }
        System.out.printf(
                "Same total in Sen and raw Lucene: %d of %d searches; same page of ids: %d of %d; %.0f hits per"
                        + " search on average%n",
                totals, specs.size(), pages, specs.size(), (double) hits / specs.size());
        differences.forEach(d -> System.out.println("  " + d));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The load driver

    @FunctionalInterface
    interface Engine {
        long run(Spec spec) throws Exception;
    }

    /** Latencies (ns) of the measured window, with each search's category. */
    record Stats(String name, long[] sorted, Map<String, long[]> byCategory, double seconds, long errors) {

        double p(double q) {
            return sorted.length == 0 ? Double.NaN : pct(sorted, q);
        }

        double throughput() {
            return sorted.length / seconds;
        }
    }

    static Stats drive(String name, List<Spec> specs, int users, Options o, Engine engine, Cpu cpu) throws Exception {
        int warmup = o.warmup;
        int seconds = o.seconds;
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        List<int[]> categories = new ArrayList<>();
        int[] counts = new int[users];
        long[] errors = new long[users];
        List<String> names = specs.stream().map(Spec::category).distinct().toList();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            long[] lat = new long[1 << 20];
            int[] cat = new int[1 << 20];
            latencies.add(lat);
            categories.add(cat);
            Thread thread = new Thread(
                    () -> {
                        int next = user * (specs.size() / users);
                        while (true) {
                            long t0 = System.nanoTime();
                            if (t0 >= end) {
                                break;
                            }
                            Spec spec = specs.get(next++ % specs.size());
                            try {
                                engine.run(spec);
                            } catch (Exception e) {
                                if (errors[user]++ == 0) {
                                    System.out.println("  error: " + e);
                                }
                            }
                            long t1 = System.nanoTime();
                            if (t0 >= measureFrom && t1 <= end && counts[user] < lat.length) {
                                lat[counts[user]] = t1 - t0;
                                cat[counts[user]] = names.indexOf(spec.category());
                                counts[user]++;
                            }
                            pause(o.think, end);
                        }
                    },
                    "search-user-" + u);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        Cpu.Sample before = cpu.sample();
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        Cpu.Sample after = cpu.sample();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (Thread thread : threads) {
            thread.join();
        }
        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        Map<String, List<Long>> per = new LinkedHashMap<>();
        int k = 0;
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < counts[u]; i++) {
                all[k++] = latencies.get(u)[i];
                per.computeIfAbsent(names.get(categories.get(u)[i]), c -> new ArrayList<>())
                        .add(latencies.get(u)[i]);
            }
        }
        Arrays.sort(all);
        Map<String, long[]> byCategory = new LinkedHashMap<>();
        per.forEach((c, l) -> {
            long[] a = l.stream().mapToLong(Long::longValue).sorted().toArray();
            byCategory.put(c, a);
        });
        Stats stats =
                new Stats(name, all, byCategory, seconds, Arrays.stream(errors).sum());
        System.out.printf(
                "%s: %,d searches in %d s = %.1f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f"
                        + " ms; errors %d; CPU per search: JVM %.2f ms, PostgreSQL %.2f ms; GC %.1f s; load average"
                        + " %.1f%n",
                name,
                n,
                seconds,
                stats.throughput(),
                stats.p(0.50),
                stats.p(0.95),
                stats.p(0.99),
                n == 0 ? 0 : all[n - 1] / 1e6,
                Arrays.stream(all).average().orElse(0) / 1e6,
                stats.errors(),
                (after.jvm() - before.jvm()) / 1e6 / Math.max(1, n),
                (after.pg() - before.pg()) / 1e6 / Math.max(1, n),
                (after.gc() - before.gc()) / 1e3,
                load);
        byCategory.forEach((c, a) -> System.out.printf(
                "    %-10s %,7d: p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms%n",
                c, a.length, pct(a, 0.50), pct(a, 0.95), pct(a, 0.99)));
        return stats;
    }

    /** A user reading the results before the next search: exponentially distributed, {@code mean} ms on average. */
    private static void pause(long mean, long end) {
        if (mean <= 0) {
            return;
        }
        double draw =
                -Math.log(1 - java.util.concurrent.ThreadLocalRandom.current().nextDouble()) * mean;
        long millis = Math.min((long) draw, Math.max(0, (end - System.nanoTime()) / 1_000_000));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Raw Lucene

    /**
     * The same searches on the same index, by hand: the folder Hibernate Search writes, opened read-only with Lucene's
     * own searcher, and the Lucene query Sen builds ({@link LuceneQueries}: the reader tokens as a filter, the filters
     * as terms and a point range, references as a boosted term or a phrase, the words through Lucene's simple query
     * parser with the index's analysis, sorted the same way), with exact totals, the four facet counts (top 100) and the
     * page's stored fields — without Sen around it: no reader tokens worked out, no queue, no Hibernate Search reader, no
     * labels or attachment states, and the marking only with {@code --highlight}. Before ADR 0020 Sen asked Hibernate
     * Search's query DSL instead; {@link LocalSearchIntegrationTests} shows both give the same answers.
     */
    static final class RawLucene implements AutoCloseable {

        static final List<String> FACETS = Finder.FACETS;
        /** The projections of {@link Finder} besides the id (and the highlighted fields). */
        private static final Set<String> STORED =
                Set.of("kind", "title", "refs", "type", "status", "urgency", "at", "link");
        /** With the attachments' text, for marking the matched words as {@link Finder} does. */
        private static final Set<String> STORED_AND_TEXT =
                Set.of("kind", "title", "content", "refs", "type", "status", "urgency", "at", "link");
        /** Where Hibernate Search keeps the document id for projections. */
        private static final String ID = "__HSEARCH_id_docvalue";

        private final IndexReader reader;
        private final Path dir;
        private final IndexSearcher searcher;
        private final LuceneQueries queries;

        RawLucene(Path dir, Analyzer analyzer, ZoneId zone) throws IOException {
            this.dir = dir;
            this.reader = open(dir);
            this.searcher = new IndexSearcher(reader);
            this.queries = new LuceneQueries(analyzer, zone);
        }

        /** The fields as Hibernate Search wrote them. */
        void describe() throws IOException {
            FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
            System.out.printf(
                    "Index %s: %,d documents (%,d deleted), %d segments%n",
                    dir + (shards(dir).isEmpty() ? "" : " (" + shards(dir).size() + " shards)"),
                    reader.numDocs(),
                    reader.numDeletedDocs(),
                    reader.leaves().size());
            for (FieldInfo info : infos) {
                System.out.printf(
                        "  %-14s index %-40s doc values %-13s points %d×%d bytes%s%n",
                        info.name,
                        info.getIndexOptions(),
                        info.getDocValuesType(),
                        info.getPointDimensionCount(),
                        info.getPointNumBytes(),
                        info.hasNorms() ? ", norms" : "");
            }
        }

        record Result(long total, List<String> ids, Map<String, Map<String, Long>> facets) {}

        Result searchUnchecked(Spec spec, boolean highlight) {
            try {
                return search(spec, highlight);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Result search(Spec spec, boolean highlight) throws IOException {
            Query query = query(spec);
            SearchQuery q = spec.query();
            QueryText text = QueryText.parse(q.text());
            Sort sort = LuceneQueries.sort(
                    text.isEmpty() && q.order() == SearchQuery.Order.RELEVANCE ? SearchQuery.Order.NEWEST : q.order());
            int wanted = q.offset() + q.size();
            Object[] results = searcher.search(
                    query,
                    new MultiCollectorManager(
                            new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE),
                            new FacetCounter(FACETS)));
            TopFieldDocs top = (TopFieldDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>();
            Passages passages = Passages.of(text);
            List<LeafReaderContext> leaves = reader.leaves();
            for (int k = q.offset(); k < top.scoreDocs.length; k++) {
                int doc = top.scoreDocs[k].doc;
                Document document = stored.document(doc, highlight ? STORED_AND_TEXT : STORED);
                if (document.get("kind") == null) {
                    throw new IllegalStateException("no stored kind");
                }
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                BinaryDocValues id = DocValues.getBinary(leaf.reader(), ID);
                ids.add(id.advanceExact(doc - leaf.docBase) ? id.binaryValue().utf8ToString() : null);
                if (highlight) {
                    passages.title(document.get("title"));
                    passages.content(document.get("content"));
                }
            }
            return new Result(top.totalHits.value, ids, facets);
        }

        Query query(Spec spec) {
            return queries.query(spec.query(), QueryText.parse(spec.query().text()), spec.tokens());
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plumbing

    static final class Options {
        Path dir = Path.of("/tmp/sen-search-bench");
        long records = 1_000_000;
        Set<String> phases = new java.util.LinkedHashSet<>(List.of("generate", "index", "query"));
        List<Integer> users = List.of(16);
        int warmup = 30;
        int seconds = 60;
        int rounds = 1;
        int queries = 20_000;
        long seed = 7;
        int pgPort = 0;
        boolean highlight = true;
        int segments = 6;
        /** Mean pause of a user after each search, ms; 0 = closed loop. */
        long think;
        /** Searches at once on raw Lucene, queued as {@link SearchGate} queues Sen's; 0 = no queue. */
        int rawGate;

        List<String> tune = List.of("2:500", "1:1000", "4:250");
        List<String> passThrough = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    o.dir = Path.of(arg).toAbsolutePath();
                    continue;
                }
                String[] kv = arg.substring(2).split("=", 2);
                String value = kv.length > 1 ? kv[1] : "true";
                switch (kv[0]) {
                    case "records" -> o.records = Long.parseLong(value.replace("_", ""));
                    case "phases" -> o.phases = new java.util.LinkedHashSet<>(List.of(value.split(",")));
                    case "users" ->
                        o.users = Arrays.stream(value.split(","))
                                .map(Integer::valueOf)
                                .toList();
                    case "warmup" -> o.warmup = Integer.parseInt(value);
                    case "seconds" -> o.seconds = Integer.parseInt(value);
                    case "rounds" -> o.rounds = Integer.parseInt(value);
                    case "queries" -> o.queries = Integer.parseInt(value);
                    case "seed" -> o.seed = Long.parseLong(value);
                    case "pg-port" -> o.pgPort = Integer.parseInt(value);
                    case "highlight" -> o.highlight = Boolean.parseBoolean(value);
                    case "tune" -> o.tune = List.of(value.split(","));
                    case "segments" -> o.segments = Integer.parseInt(value);
                    case "think" -> o.think = Long.parseLong(value);
                    case "raw-gate" -> o.rawGate = Integer.parseInt(value);
                    default -> o.passThrough.add(arg);
                }
            }
            return o;
        }
    }

    /** The index folder's shards ({@code 0}, {@code 1}, … as Hibernate Search names them), none if it is whole. */
    static List<Path> shards(Path index) throws IOException {
        try (var children = Files.list(index)) {
            return children.filter(p ->
                            Files.isDirectory(p) && p.getFileName().toString().matches("\\d+"))
                    .sorted(java.util.Comparator.comparingInt(
                            p -> Integer.parseInt(p.getFileName().toString())))
                    .toList();
        }
    }

    /** The whole index read-only: one reader, or one over every shard as Hibernate Search reads them. */
    static IndexReader open(Path index) throws IOException {
        List<Path> shards = shards(index);
        if (shards.isEmpty()) {
            return DirectoryReader.open(FSDirectory.open(index));
        }
        List<IndexReader> readers = new ArrayList<>();
        for (Path shard : shards) {
            readers.add(DirectoryReader.open(FSDirectory.open(shard)));
        }
        return new MultiReader(readers.toArray(IndexReader[]::new), true);
    }

    /**
     * The {@code merge} phase, before Sen starts (it must not hold the index's write lock): merges the index down to
     * {@code --segments}, so runs that compare code read the same segments whatever merging happened before.
     */
    private static void merge(Path index, int segments) throws IOException {
        List<Path> shards = shards(index);
        if (!shards.isEmpty()) {
            for (Path shard : shards) {
                merge(shard, Math.max(1, segments / shards.size()));
            }
            return;
        }
        long started = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(
                        directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.forceMerge(segments);
            writer.commit();
        }
        System.out.printf(
                "merged %s to at most %d segments in %.1f s%n", index, segments, (System.nanoTime() - started) / 1e9);
    }

    private static long count(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject("select count(*) from search.entry", Long.class);
        return n == null ? 0 : n;
    }

    /** Start-up may have found entries without an index and begun a rebuild in the background (SearchBootstrap). */
    private static void waitForBackgroundRebuild(SearchRebuild rebuild) throws InterruptedException {
        Thread.sleep(500);
        if (rebuild.progress().state() == SearchRebuild.State.RUNNING) {
            System.out.println("A rebuild started by SearchBootstrap is running; waiting for it");
            while (rebuild.progress().state() == SearchRebuild.State.RUNNING) {
                Thread.sleep(5_000);
            }
            SearchRebuild.Progress p = rebuild.progress();
            System.out.printf(
                    "  it ended %s: %,d records in %d s%n",
                    p.state(), p.records(), p.took().toSeconds());
        }
    }

    private static Thread progressPrinter(java.util.function.LongSupplier done, long started, long total) {
        Thread thread = new Thread(
                () -> {
                    try {
                        while (true) {
                            Thread.sleep(60_000);
                            long n = done.getAsLong();
                            double s = (System.nanoTime() - started) / 1e9;
                            System.out.printf(
                                    "  %,d of %,d after %.0f s (%,.0f/s), load average %.1f%n",
                                    n,
                                    total,
                                    s,
                                    n / s,
                                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                        }
                    } catch (InterruptedException stop) {
                        // done
                    }
                },
                "index-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            long bytes = files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException gone) {
                            return 0;
                        }
                    })
                    .sum();
            return "%,.0f MB".formatted(bytes / 1048576.0);
        } catch (IOException e) {
            return "?";
        }
    }

    /** CPU time of this JVM, of its garbage collections, and of the embedded PostgreSQL (server and backends). */
    static final class Cpu {

        record Sample(long jvm, long pg, long gc) {}

        private final String dataDir;
        private final long tick = 10_000_000L; // USER_HZ 100

        Cpu(Path pgDir) {
            this.dataDir = pgDir.toString();
        }

        Sample sample() {
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(b -> Math.max(0, b.getCollectionTime()))
                    .sum();
            return new Sample(jvm, postgres(), gc);
        }

        private long postgres() {
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                Map<Long, long[]> stats = new HashMap<>();
                long postmaster = -1;
                for (Path proc : procs.toList()) {
                    String name = proc.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long pid = Long.parseLong(name);
                        // after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
                        stats.put(pid, new long[] {
                            Long.parseLong(f[1]),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]),
                            Long.parseLong(f[13]) + Long.parseLong(f[14])
                        });
                        if (postmaster < 0) {
                            String cmd =
                                    new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                            if (cmd.contains("postgres") && cmd.contains(dataDir)) {
                                postmaster = pid;
                            }
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
                if (postmaster < 0) {
                    return 0;
                }
                long ticks = stats.get(postmaster)[1] + stats.get(postmaster)[2];
                for (long[] s : stats.values()) {
                    if (s[0] == postmaster) {
                        ticks += s[1];
                    }
                }
                return ticks * tick;
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
