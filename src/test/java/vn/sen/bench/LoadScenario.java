package vn.sen.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load driver for a running Sen: {@code users} workers each send requests one after another for a
 * fixed duration (after a warm-up) and the driver reports throughput and latency percentiles. Bounded in time and
 * sent to loopback only.
 */
public final class LoadScenario {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Results of one run. */
    public record Result(long requests, long errors, double seconds, long p50Micros, long p95Micros, long p99Micros) {

        public double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d requests (%d errors) in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                    requests, errors, seconds, perSecond(), p50Micros / 1000.0, p95Micros / 1000.0, p99Micros / 1000.0);
        }
    }

    /**
     * Runs the scenario.
     *
     * @param requests builds the i-th request of a worker (vary the query to spread over the data)
     */
    public Result run(int users, Duration warmUp, Duration measure, IntFunction<HttpRequest> requests)
            throws Exception {
        drive(users, warmUp, requests, new long[1 << 16], new AtomicLong(), new AtomicLong());
        long[] latencies = new long[1 << 22];
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        drive(users, measure, requests, latencies, count, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = (int) Math.min(count.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        return new Result(count.get(), errors.get(), seconds, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99));
    }

    private void drive(
            int users,
            Duration length,
            IntFunction<HttpRequest> requests,
            long[] latencies,
            AtomicLong count,
            AtomicLong errors)
            throws Exception {
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> workers = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int worker = u;
            workers.add(pool.submit(() -> {
                int i = worker * 1_000_000;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r =
                                client.send(requests.apply(i++), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long slot = count.getAndIncrement();
                    if (slot < latencies.length) {
                        latencies[(int) slot] = (System.nanoTime() - t0) / 1000;
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    public static URI uri(String base, String path) {
        return URI.create(base + path);
    }
}
