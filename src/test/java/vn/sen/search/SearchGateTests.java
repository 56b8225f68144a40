package vn.sen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.sen.shared.error.ErrorKind;
import vn.sen.shared.error.SenException;

class SearchGateTests {

    @Test
    void searchesBeyondThePlacesWaitAndRunInTheOrderTheyCame() throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofSeconds(10));
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        ExecutorService people = Executors.newFixedThreadPool(4);
        try {
            Future<?> first = people.submit(() -> gate.pass(() -> holdUntil(release)));
            await().until(() -> gate.waiting() == 0 && gate.free() == 0);
            for (int i = 1; i <= 3; i++) {
                int turn = i;
                people.submit(() -> gate.pass(() -> ran.add(turn)));
                await().until(() -> gate.waiting() == turn);
            }
            assertThat(ran).isEmpty();
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            await().until(() -> ran.size() == 3);
            assertThat(ran).containsExactly(1, 2, 3);
            assertThat(gate.free()).isEqualTo(1);
        } finally {
            people.shutdownNow();
        }
    }

    @Test
    void aSearchThatWaitsLongerThanItsPatienceIsRefusedAsBusy() throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofMillis(50));
        gate.pass(() -> {
            assertThatThrownBy(() -> gate.pass(() -> "never")).isInstanceOfSatisfying(SenException.class, e -> {
                assertThat(e.code()).isEqualTo("SEARCH_BUSY");
                assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            });
            return null;
        });
        assertThat(gate.pass(() -> "found")).isEqualTo("found");
    }

    @Test
    void aFailingSearchGivesItsPlaceBack() {
        SearchGate gate = new SearchGate(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> gate.pass(() -> {
                    throw new IllegalStateException("index closed");
                }))
                .hasMessage("index closed");
        assertThat(gate.free()).isEqualTo(1);
    }

    @Test
    void aGateWithoutPlacesDoesNotLimit() {
        SearchGate gate = new SearchGate(-1, Duration.ofMillis(50));
        assertThat(gate.pass(() -> gate.pass(() -> gate.pass(() -> "nested")))).isEqualTo("nested");
    }

    private static Object holdUntil(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
