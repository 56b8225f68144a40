package vn.sen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sen: one deployable holding a province's digital office and one-stop shop. */
@SpringBootApplication
@EnableScheduling
public class SenApplication {

    public static void main(String[] args) {
        SpringApplication.run(SenApplication.class, args);
    }
}
