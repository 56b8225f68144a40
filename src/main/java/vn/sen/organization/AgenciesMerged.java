package vn.sen.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Agencies were merged (sáp nhập, hợp nhất) into a successor: the predecessors and their units closed on the day
 * before {@code effective}, the successor carries on from it.
 */
public record AgenciesMerged(List<UUID> predecessors, UUID successor, LocalDate effective) {

    public AgenciesMerged {
        predecessors = List.copyOf(predecessors);
    }
}
