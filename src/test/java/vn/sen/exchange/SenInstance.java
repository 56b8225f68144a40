package vn.sen.exchange;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.sen.exchange.InstanceDatabases.InstanceDatabase;

/**
 * A real Sen installation in a child JVM on loopback, for tests where two installations talk to each other and where
 * one of them is killed (SIGKILL) and restarted. Each instance has its own port, data directory
 * ({@code target/instances/<name>}), log ({@code target/instances/<name>.log}) and database in a PostgreSQL the test
 * owns ({@link InstanceDatabases}); a restart keeps all three.
 *
 * <p>The child runs {@code vn.sen.SenApplication} (through {@link InstanceLauncher}) on the production class path:
 * the test's class path without the test classes, whose components, {@code spring.factories} and test properties
 * would otherwise change the application. Children cannot outlive the test JVM: {@link #close()} and a shutdown hook
 * kill them, and each child halts by itself when the pipe to its parent closes (the parent was SIGKILLed).
 */
final class SenInstance implements AutoCloseable {

    static final String DEMO_PASSWORD = "sen-demo";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Logger log = LoggerFactory.getLogger(SenInstance.class);
    private static final Set<SenInstance> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> RUNNING.forEach(SenInstance::killQuietly), "sen-instances-kill"));
    }

    private final String name;
    private final InstanceDatabase database;
    private final boolean demoData;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final InstanceApi api;
    private @Nullable Process process;
    private int starts;

    private SenInstance(String name, InstanceDatabase database, boolean demoData) {
        this.name = name;
        this.database = database;
        this.demoData = demoData;
        Path instances = buildDir().resolve("instances");
        this.dataDir = instances.resolve(name);
        this.logFile = instances.resolve(name + ".log");
        this.port = freePort();
        this.api = new InstanceApi(baseUrl());
    }

    /**
     * An instance, not started yet, with a fresh data directory and log.
     *
     * @param demoData whether the instance seeds the demo province and accounts ({@code SEN_DEMO_DATA})
     */
    static SenInstance prepare(String name, InstanceDatabase database, boolean demoData) {
        SenInstance instance = new SenInstance(name, database, demoData);
        deleteTree(instance.dataDir);
        try {
            Files.createDirectories(instance.dataDir);
            Files.deleteIfExists(instance.logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return instance;
    }

    /**
     * Starts the child JVM and waits until {@code /actuator/health} answers UP.
     *
     * @return how long the start took
     * @throws AssertionError with the log's tail when the child dies or is not up within 120 s
     */
    Duration start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        Instant begin = Instant.now();
        starts++;
        appendToLog("==== start #" + starts + " of " + name + " on port " + port + " at " + begin + " ====\n");
        ProcessBuilder builder = new ProcessBuilder(command())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        environment(builder.environment());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        RUNNING.add(this);
        // The pipe to the child's standard input stays open while this JVM lives (see InstanceLauncher).
        Process started = process;
        try {
            await("health of " + name)
                    .atMost(START_TIMEOUT)
                    .pollDelay(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> healthy(started));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            killQuietly();
            throw new AssertionError(name + " did not come up within " + START_TIMEOUT + ":\n" + logTail(60), e);
        }
        Duration took = Duration.between(begin, Instant.now());
        log.info("{} up on {} after {} ms (start #{})", name, baseUrl(), took.toMillis(), starts);
        return took;
    }

    /** Kills the child with SIGKILL (no shutdown of any kind) and waits until it is gone. */
    void kill() {
        Process p = requireRunning();
        p.destroyForcibly();
        awaitExit(p, Duration.ofSeconds(30));
        appendToLog("==== " + name + " killed (SIGKILL) at " + Instant.now() + " ====\n");
    }

    /** Starts again after a kill or stop, on the same port, data directory and database. */
    Duration restart() {
        if (alive()) {
            kill();
        }
        return start();
    }

    /** Stops the child gracefully (SIGTERM, Spring's shutdown), killing it if it is not gone within 60 s. */
    void stop() {
        Process p = requireRunning();
        p.destroy();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                awaitExit(p, Duration.ofSeconds(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        RUNNING.remove(this);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The child's process id, for {@code jcmd} (a profiler started during a benchmark's measured window). */
    long pid() {
        return requireRunning().pid();
    }

    String name() {
        return name;
    }

    /** The instance's database, for a test's looks behind the API; it outlives kills and restarts. */
    JdbcTemplate database() {
        return new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    Path logFile() {
        return logFile;
    }

    InstanceApi api() {
        return api;
    }

    /** Logs in through the token endpoint ({@code POST /api/v1/auth/token}); answers {@code "Bearer ..."}. */
    String bearer(String username, String password) {
        String token = api.post("/api/v1/auth/token", null, Map.of("username", username, "password", password))
                .ok()
                .text("/token");
        return "Bearer " + token;
    }

    /** A demo account's (or fixture account's) bearer token, password {@code sen-demo}. */
    String bearer(String username) {
        return bearer(username, DEMO_PASSWORD);
    }

    /** The last lines of this instance's log, for failure messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        killQuietly();
    }

    @Override
    public String toString() {
        return name + "@" + baseUrl();
    }

    private boolean healthy(Process started) {
        if (!started.isAlive()) {
            RUNNING.remove(this);
            throw new AssertionError(name + " exited with " + started.exitValue() + " while starting:\n" + logTail(80));
        }
        try {
            InstanceApi.Answer health = api.get("/actuator/health", null);
            return health.status() == 200 && health.body().contains("\"UP\"");
        } catch (IllegalStateException e) {
            return false; // not listening yet
        }
    }

    private List<String> command() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        // Tests want quick starts (C1 only, serial GC); a benchmark asks for the JVM a server would run.
        command.addAll(
                Boolean.getBoolean("sen.instance.production-jvm")
                        ? List.of("-Xmx1g")
                        : List.of("-Xmx768m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        // A profiler for a benchmark, e.g. -Dsen.instance.jvm-extra=-XX:StartFlightRecording=filename=a.jfr
        String extra = System.getProperty("sen.instance.jvm-extra", "").replace("{name}", name);
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-Dfile.encoding=UTF-8",
                "-Dspring.main.lazy-initialization=false",
                // Retries back off to at most 10 minutes in production; a restarted peer is found within seconds here.
                "-Dsen.exchange.max-retry-delay=5s",
                "-cp",
                childClassPath(),
                InstanceLauncher.class.getName()));
        return command;
    }

    private void environment(Map<String, String> env) {
        // Settings of the developer's or CI's own Sen must not leak into the children.
        env.keySet().removeIf(key -> key.startsWith("SEN_"));
        env.put("SEN_PORT", Integer.toString(port));
        env.put("SEN_DATA_DIR", dataDir.toString());
        env.put("SEN_DB_URL", database.url());
        env.put("SEN_DB_USER", database.user());
        env.put("SEN_DB_PASSWORD", database.password());
        env.put("SEN_DEMO_DATA", Boolean.toString(demoData));
        env.put("SEN_PUBLIC_URL", baseUrl());
    }

    private Process requireRunning() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        return process;
    }

    private void awaitExit(Process p, Duration timeout) {
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " (pid " + p.pid() + ") did not exit after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (!p.isAlive()) {
                RUNNING.remove(this);
            }
        }
    }

    private void killQuietly() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RUNNING.remove(this);
    }

    private void appendToLog(String line) {
        try {
            Files.writeString(
                    logFile, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the child's class path ----

    private static volatile @Nullable String childClassPath;

    /**
     * The production class path: surefire's test class path ({@code surefire.test.class.path}, or {@code
     * java.class.path} elsewhere, with manifest-only jars opened up) without the test classes and surefire's own jars,
     * plus a folder holding only {@link InstanceLauncher}.
     */
    static String childClassPath() {
        String cached = childClassPath;
        if (cached != null) {
            return cached;
        }
        Path testClasses = codeSource(SenInstance.class);
        Set<Path> entries = new LinkedHashSet<>();
        entries.add(launcherFolder(testClasses));
        String raw = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : raw.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                expand(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        entries.remove(testClasses);
        entries.removeIf(p -> p.getFileName().toString().startsWith("surefire"));
        String joined = String.join(
                java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
        childClassPath = joined;
        return joined;
    }

    /** Adds a class path entry, or the entries of a manifest-only jar's {@code Class-Path} in its place. */
    private static void expand(Path entry, Set<Path> into) {
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            into.add(entry);
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            boolean manifestOnly =
                    classPath != null && jar.stream().noneMatch(e -> e.getName().endsWith(".class"));
            if (!manifestOnly) {
                into.add(entry);
                return;
            }
            for (String ref : classPath.trim().split("\\s+")) {
                Path referenced =
                        Path.of(entry.getParent().toUri().resolve(ref)).normalize();
                into.add(referenced);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry, e);
        }
    }

    /** A folder under the build directory holding nothing but the compiled {@link InstanceLauncher}. */
    private static Path launcherFolder(Path testClasses) {
        String classFile = InstanceLauncher.class.getName().replace('.', '/') + ".class";
        Path folder = buildDir().resolve("instances").resolve("launcher");
        Path target = folder.resolve(classFile);
        try (InputStream in = Files.newInputStream(testClasses.resolve(classFile))) {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the launcher out of " + testClasses, e);
        }
        return folder;
    }

    /** The build directory ({@code target}, or {@code -Dsen.build.dir}): the test classes' parent. */
    private static Path buildDir() {
        return codeSource(SenInstance.class).getParent();
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath()
                    .normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
