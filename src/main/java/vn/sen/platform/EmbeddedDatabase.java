package vn.sen.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no external database is configured ({@code SEN_DB_URL} unset), Sen starts its own
 * PostgreSQL from the binaries shipped on Maven Central (zonky) and keeps its files under {@code sen.data-dir}. An
 * empty data directory (as in tests) means a throw-away database in a temporary folder on a free port.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${sen.db.embedded.data-dir:}") String dataDir, @Value("${sen.db.embedded.port:0}") int port)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Spring closes the bean; zonky's own hook would stop PostgreSQL under a closing context.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200");
        if (!dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info(
                "Embedded PostgreSQL running on port {} (data: {})",
                pg.getPort(),
                dataDir.isBlank() ? "temporary" : dataDir);
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, @Value("${sen.db.pool-size:10}") int poolSize) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(poolSize);
        ds.setPoolName("sen-embedded");
        return ds;
    }
}
