package vn.sen.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TwoInstancesIntegrationTests {

    static InstanceDatabases databases;
    static SenInstance a;

    @BeforeAll
    static void start() {
        databases = InstanceDatabases.start();
        a = SenInstance.prepare("a", databases.create("sen_a"), true);
        Duration took = a.start();
        System.out.println("START " + took + "\n" + SenInstance.childClassPath());
    }

    @AfterAll
    static void stop() {
        if (a != null) a.close();
        if (databases != null) databases.close();
    }

    @Test
    void up() {
        assertThat(a.bearer("admin")).startsWith("Bearer ");
        Duration again = a.restart();
        System.out.println("RESTART " + again);
    }
}
