package vn.sen.exchange;

import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a fault test kills an instance during a stream of packets: after which packets (1-based, never the last, so
 * that every kill is followed by traffic). Drawn from a seed that the test prints, so a failing run can be replayed
 * with {@code -Dsen.kill.seed=<seed>}.
 */
record KillSchedule(long seed, List<Integer> afterPackets) {

    KillSchedule {
        afterPackets = List.copyOf(afterPackets);
    }

    /** {@code kills} distinct moments in a stream of {@code streamSize}, from {@code -Dsen.kill.seed} or a new seed. */
    static KillSchedule random(int streamSize, int kills) {
        String fixed = System.getProperty("sen.kill.seed");
        long seed = fixed == null ? new Random().nextLong() : Long.parseLong(fixed);
        return fromSeed(seed, streamSize, kills);
    }

    static KillSchedule fromSeed(long seed, int streamSize, int kills) {
        if (kills < 0 || kills > streamSize - 1) {
            throw new IllegalArgumentException(kills + " kills do not fit a stream of " + streamSize);
        }
        Random random = new Random(seed);
        SortedSet<Integer> moments = new TreeSet<>();
        while (moments.size() < kills) {
            moments.add(1 + random.nextInt(streamSize - 1));
        }
        return new KillSchedule(seed, List.copyOf(moments));
    }

    boolean killAfter(int packet) {
        return afterPackets.contains(packet);
    }
}
