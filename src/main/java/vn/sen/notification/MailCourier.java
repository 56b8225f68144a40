package vn.sen.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadPoolExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import vn.sen.files.FileStore;
import vn.sen.files.StoredFile;
import vn.sen.shared.error.SenException;

/**
 * Carries the outbox to the SMTP server: right after the business transaction commits (on its own small thread pool,
 * so the user's request does not wait for SMTP), and by a periodic sweep that retries what failed. Each mail is
 * claimed with a row lock for the time of its attempt, so two workers never send it twice.
 */
@Component
class MailCourier {

    private static final Logger log = LoggerFactory.getLogger(MailCourier.class);
    private static final int SWEEP_BATCH = 100;

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean configured;
    private final String from;
    private final Duration retryDelay;
    private final ThreadPoolTaskExecutor workers;
    private final FileStore files;

    MailCourier(
            MailOutbox outbox,
            FileStore files,
            ObjectProvider<JavaMailSender> senders,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${spring.mail.host:}") String host,
            @Value("${sen.mail.from:Sen <no-reply@sen.invalid>}") String from,
            @Value("${sen.mail.retry-delay:1m}") Duration retryDelay) {
        this.outbox = outbox;
        this.files = files;
        this.senders = senders;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.configured = StringUtils.hasText(host);
        this.from = from;
        this.retryDelay = retryDelay;
        this.workers = workers();
    }

    /** Whether e-mail can be sent at all; without an SMTP host mails stay in the outbox as NOT_CONFIGURED. */
    boolean configured() {
        return configured;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportConfiguration() {
        if (!configured) {
            log.warn("No SMTP host configured (SEN_SMTP_HOST): e-mail notifications stay in the outbox as"
                    + " NOT_CONFIGURED; in-app notices work as usual");
        }
    }

    /** Sends the given mails once the current transaction has committed; nothing if it rolls back. */
    void sendAfterCommit(List<UUID> mailIds) {
        if (mailIds.isEmpty() || !configured) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // A full queue is no loss: the sweep picks the mails up.
                workers.execute(() -> deliver(mailIds, clock.instant()));
            }
        });
    }

    /** Retries whatever is due; its period is also the base of the exponential backoff. */
    @Scheduled(fixedDelayString = "${sen.mail.retry-delay:1m}", initialDelayString = "${sen.mail.retry-delay:1m}")
    void sweep() {
        sweep(clock.instant());
    }

    void sweep(Instant now) {
        if (configured) {
            deliver(outbox.due(now, SWEEP_BATCH), now);
        }
    }

    /** Attempts each mail that is due at {@code now}, one transaction (and row lock) per mail. */
    void deliver(Collection<UUID> mailIds, Instant now) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (UUID id : mailIds) {
            try {
                transactions.executeWithoutResult(
                        tx -> outbox.claimDue(id, now).ifPresent(mail -> attempt(sender, mail)));
            } catch (RuntimeException e) {
                log.error("Outbox mail {} could not be processed; the sweep will retry it", id, e);
            }
        }
    }

    private void attempt(JavaMailSender sender, OutboxMail mail) {
        try {
            sender.send(message(sender, mail));
            mail.sent(clock.instant());
        } catch (MailException | MessagingException | SenException | UncheckedIOException e) {
            // An attachment that cannot be read is retried like an SMTP failure, and finally given up.
            String error = describe(e);
            mail.attemptFailed(error, retryDelay, clock.instant());
            if (mail.status() == MailStatus.FAILED) {
                log.error(
                        "E-mail {} to {} failed {} times, given up: {}",
                        mail.getId(),
                        mail.address(),
                        mail.attempts(),
                        error);
            } else {
                log.warn(
                        "E-mail {} to {} failed (attempt {}), will retry: {}",
                        mail.getId(),
                        mail.address(),
                        mail.attempts(),
                        error);
            }
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        List<UUID> attached = mail.attachments();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attached.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.address());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (UUID fileId : attached) {
            StoredFile file = files.describe(fileId);
            helper.addAttachment(file.fileName(), new ByteArrayResource(content(fileId)), file.mediaType());
        }
        return message;
    }

    private byte[] content(UUID fileId) {
        try (InputStream in = files.open(fileId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        @Nullable String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static ThreadPoolTaskExecutor workers() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("sen-mail-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(1000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
