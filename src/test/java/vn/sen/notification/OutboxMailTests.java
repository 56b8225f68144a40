package vn.sen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxMailTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration DELAY = Duration.ofMinutes(1);

    @Test
    void backsOffExponentiallyAndGivesUpAfterEightAttempts() {
        OutboxMail mail = pending();

        mail.attemptFailed("Connection refused", DELAY, NOW);
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(nextAttempt(mail)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        mail.attemptFailed("Connection refused", DELAY, NOW);
        assertThat(nextAttempt(mail)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        mail.attemptFailed("Connection refused", DELAY, NOW);
        assertThat(nextAttempt(mail)).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        for (int i = 4; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.attemptFailed("Connection refused", DELAY, NOW);
            assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        }
        mail.attemptFailed("Connection refused", DELAY, NOW);

        assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(8);
    }

    @Test
    void withoutSmtpMailsStayInTheOutboxAsNotConfigured() {
        OutboxMail mail = new OutboxMail(
                UUID.randomUUID(), "a@sen-demo.invalid", new MailComposer.Mail("s", "b"), false, false, NOW);

        assertThat(mail.status()).isEqualTo(MailStatus.NOT_CONFIGURED);
    }

    private static OutboxMail pending() {
        return new OutboxMail(
                UUID.randomUUID(), "a@sen-demo.invalid", new MailComposer.Mail("s", "b"), false, true, NOW);
    }

    private static Instant nextAttempt(OutboxMail mail) {
        return mail.nextAttemptAt();
    }
}
