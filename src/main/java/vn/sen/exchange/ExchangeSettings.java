package vn.sen.exchange;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the exchange delivers: how often the worker looks for due packets, how many packets travel at once, and the
 * retry schedule (exponential from {@code retryDelay}, capped at {@code maxRetryDelay}, FAILED after
 * {@code maxAttempts}).
 */
@Component
class ExchangeSettings {

    final Duration pollDelay;
    final int couriers;
    final Duration retryDelay;
    final Duration maxRetryDelay;
    final int maxAttempts;
    final Duration httpTimeout;

    ExchangeSettings(
            @Value("${sen.exchange.poll-delay:2s}") Duration pollDelay,
            @Value("${sen.exchange.couriers:4}") int couriers,
            @Value("${sen.exchange.retry-delay:2s}") Duration retryDelay,
            @Value("${sen.exchange.max-retry-delay:10m}") Duration maxRetryDelay,
            @Value("${sen.exchange.max-attempts:30}") int maxAttempts,
            @Value("${sen.exchange.http-timeout:20s}") Duration httpTimeout) {
        this.pollDelay = pollDelay;
        this.couriers = Math.max(1, couriers);
        this.retryDelay = retryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.maxAttempts = maxAttempts;
        this.httpTimeout = httpTimeout;
    }

    /** The wait before attempt {@code attempts + 1}: doubled each time, never more than the cap. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts, 20);
        Duration next = retryDelay.multipliedBy(factor);
        return next.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : next;
    }
}
