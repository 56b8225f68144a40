package vn.sen.onestop;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;
import vn.sen.SenApplication;
import vn.sen.TestActors;
import vn.sen.bench.ProductionComponentsOnly;
import vn.sen.organization.DemoOrganization;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.security.Actor;

/**
 * Counter reception with its receipt (issue 5): how long the one-stop officer waits between "receive" and the printed
 * Giấy tiếp nhận (Mẫu số 01). One timed unit is {@link ReceptionDesk#receive} of a complete dossier of the demo
 * procedure {@code DEMO-BC-02} (applicant checks, the dossier code, the ~100 KB PDF scan checked and stored, the clock
 * started, saved, audited, the event published; one transaction) followed by {@link DossierSlips#print} of its
 * receipt to PDF. The two halves are also timed apart.
 *
 * <p>The application starts in this JVM ({@code vn.sen.SenApplication}, default profile, demo data) on a fresh data
 * directory with a throw-away embedded PostgreSQL on a free port; the test sources' components are kept out of it. It
 * calls the services directly, as a signed-in officer of Sở KH&CN with {@code STAFF} and {@code DOSSIER_RECEIVE}, so
 * HTTP, multipart parsing and JSON are not in the figures. After a warm-up, {@code sen.bench.receptions} sequential
 * units by one officer, then {@code sen.bench.officers} officers at once, each doing its share of as many units.
 *
 * <pre>
 * LANG=C.UTF-8 mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xms1g -Xmx1g -cp %classpath vn.sen.onestop.CounterReceptionBenchmark"
 * </pre>
 *
 * (properties, with their defaults: {@code sen.bench.warmup=30}, {@code sen.bench.receptions=240},
 * {@code sen.bench.officers=4}, {@code sen.bench.scan-kb=100}.)
 */
public final class CounterReceptionBenchmark {

    /** The bound for one reception with its receipt. */
    private static final long TARGET_NANOS = 300_000_000L;

    private CounterReceptionBenchmark() {}

    /** Nanoseconds of one unit and of its two halves. */
    record Unit(long receiveNanos, long printNanos, int receiptBytes) {

        long totalNanos() {
            return receiveNanos + printNanos;
        }
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("sen.bench.warmup", 30);
        int receptions = Integer.getInteger("sen.bench.receptions", 240);
        int officers = Integer.getInteger("sen.bench.officers", 4);
        byte[] scan = scan(Integer.getInteger("sen.bench.scan-kb", 100) * 1024);
        Path dataDir = Files.createTempDirectory("sen-counter-bench");
        long startingAt = System.nanoTime();
        SpringApplication application = new SpringApplication(SenApplication.class);
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("benchmarkExcludesTestComponents", new ProductionComponentsOnly()));
        try (ConfigurableApplicationContext context = application.run(
                "--sen.data-dir=" + dataDir,
                "--sen.db.embedded.data-dir=",
                "--sen.db.embedded.port=0",
                "--sen.demo-data=true",
                "--server.port=0",
                "--logging.level.root=WARN")) {
            System.out.printf("Application started in %.1f s%n", (System.nanoTime() - startingAt) / 1e9);
            ReceptionDesk desk = context.getBean(ReceptionDesk.class);
            DossierSlips slips = context.getBean(DossierSlips.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            UUID agency = context.getBean(OrganizationDirectory.class)
                    .resolve(DemoOrganization.SKHCN_CODE, LocalDate.now())
                    .orElseThrow()
                    .id();
            UUID procedure = jdbc.queryForObject(
                    "select id from onestop.procedure where national_code = 'DEMO-BC-02'", UUID.class);
            System.out.printf(
                    "Scan: %,d bytes; %d warm-up, %d sequential, %d officers × %d%n",
                    scan.length, warmup, receptions, officers, receptions / officers);

            Actor officer = TestActors.staff(agency, "STAFF", "DOSSIER_RECEIVE");
            run(desk, slips, procedure, officer, scan, warmup, 0);
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            List<Unit> sequential = run(desk, slips, procedure, officer, scan, receptions, 1_000);
            report("1 officer, sequential", sequential, System.nanoTime() - t0, cpuNanos() - cpu0);

            ExecutorService pool = Executors.newFixedThreadPool(officers);
            List<Future<List<Unit>>> shares = new ArrayList<>();
            long t1 = System.nanoTime();
            long cpu1 = cpuNanos();
            for (int o = 0; o < officers; o++) {
                Actor next = TestActors.staff(agency, "STAFF", "DOSSIER_RECEIVE");
                int base = 100_000 * (o + 1);
                shares.add(pool.submit(() -> run(desk, slips, procedure, next, scan, receptions / officers, base)));
            }
            List<Unit> concurrent = new ArrayList<>();
            for (Future<List<Unit>> share : shares) {
                concurrent.addAll(share.get());
            }
            report(officers + " officers at once", concurrent, System.nanoTime() - t1, cpuNanos() - cpu1);
            pool.shutdown();
            Integer stored = jdbc.queryForObject(
                    "select count(*) from onestop.dossier where procedure_id = ?", Integer.class, procedure);
            System.out.printf("Dossiers of DEMO-BC-02 in the database: %d%n", stored);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** {@code count} units one after another as {@code officer}, in this thread. */
    private static List<Unit> run(
            ReceptionDesk desk, DossierSlips slips, UUID procedure, Actor officer, byte[] scan, int count, int base) {
        TestActors.actAs(officer);
        try {
            List<Unit> units = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = base + i;
                ApplicantView applicant = new ApplicantView(
                        ApplicantKind.CITIZEN,
                        "0010990%05d".formatted(n % 100_000),
                        "Nguyễn Văn An " + n,
                        "Số " + (1 + n % 200) + " đường Hoa Sen, phường Hoa Sen",
                        "0912%06d".formatted(n % 1_000_000),
                        null);
                CounterFiling filing = new CounterFiling(
                        procedure,
                        applicant,
                        CounterFiling.CounterOutcome.COMPLETE,
                        null,
                        UUID.randomUUID().toString());
                long start = System.nanoTime();
                DossierView dossier = desk.receive(
                        filing, List.of(new ComponentUpload(1, "thong-bao.pdf", new ByteArrayInputStream(scan))));
                long received = System.nanoTime();
                byte[] receipt = slips.print(dossier, SlipForm.RECEIPT);
                long printed = System.nanoTime();
                if (dossier.state() != DossierState.IN_PROCESS || receipt.length < 1_000) {
                    throw new IllegalStateException("Unexpected reception: " + dossier.state() + ", " + receipt.length);
                }
                units.add(new Unit(received - start, printed - received, receipt.length));
            }
            return units;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void report(String title, List<Unit> units, long wallNanos, long cpuNanos) {
        double seconds = wallNanos / 1e9;
        System.out.printf(
                "%n%s: %d units in %.1f s = %.1f dossiers/s; this JVM's CPU %.1f ms per unit; load average %.1f%n",
                title,
                units.size(),
                seconds,
                units.size() / seconds,
                cpuNanos / 1e6 / units.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        line("  receive + print", units.stream().mapToLong(Unit::totalNanos).toArray());
        line("  receive        ", units.stream().mapToLong(Unit::receiveNanos).toArray());
        line("  print receipt  ", units.stream().mapToLong(Unit::printNanos).toArray());
        long over = units.stream().filter(u -> u.totalNanos() > TARGET_NANOS).count();
        System.out.printf(
                "  over 300 ms: %d of %d (%.1f %%); receipt PDF %,d bytes on average%n",
                over, units.size(), 100.0 * over / units.size(), (long)
                        units.stream().mapToInt(Unit::receiptBytes).average().orElse(0));
    }

    /** CPU time of this JVM (the application and the driver; the embedded PostgreSQL is another process). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void line(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms, mean %6.1f ms%n",
                label,
                pct(sorted, 0.50),
                pct(sorted, 0.95),
                pct(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /**
     * A one-page A4 "scan" of about {@code bytes}: a grey JPEG of noise (which does not compress) in a PDF, as a
     * scanner writes it.
     */
    static byte[] scan(int bytes) {
        Random random = new Random(5);
        int side = (int) Math.sqrt(bytes * 1.6);
        for (int attempt = 0; attempt < 20; attempt++, side = side * 21 / 20) {
            BufferedImage image = new BufferedImage(side, side * 297 / 210, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int grey = 200 + random.nextInt(56);
                    image.getRaster().setSample(x, y, 0, grey);
                }
            }
            try (PDDocument doc = new PDDocument();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject jpeg = JPEGFactory.createFromImage(doc, image, 0.75f);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
                doc.save(out);
                if (out.size() >= bytes) {
                    return out.toByteArray();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No scan of " + bytes + " bytes");
    }
}
