package vn.sen.exchange;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One PostgreSQL owned by the test JVM, holding one database per {@link SenInstance}. Instances get a database, not a
 * PostgreSQL of their own: an instance's embedded PostgreSQL would be orphaned when the instance is SIGKILLed, and the
 * database must survive the kill anyway (that is what the restart checks).
 */
final class InstanceDatabases implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final EmbeddedPostgres postgres;

    private InstanceDatabases(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static InstanceDatabases start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    // Two instances with a pool of 10 each, plus the test's own looks.
                    .setServerConfig("max_connections", "60");
            if (Boolean.getBoolean("sen.bench.statements")) {
                // A benchmark's look at what the instances ask of PostgreSQL (ExchangeThroughputBenchmark).
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track_planning", "on");
            }
            return new InstanceDatabases(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the instances' PostgreSQL", e);
        }
    }

    /** Creates an empty database for one instance. */
    InstanceDatabase create(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return new InstanceDatabase(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where an instance finds its database ({@code SEN_DB_URL}, {@code SEN_DB_USER}, {@code SEN_DB_PASSWORD}). */
    record InstanceDatabase(String url, String user, String password) {}
}
