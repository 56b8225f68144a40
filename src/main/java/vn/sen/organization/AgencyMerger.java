package vn.sen.organization;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sen.audit.AuditTrail;
import vn.sen.shared.error.SenException;

/**
 * Merges agencies into a successor (the 2025 restructuring: Sở TT&TT into Sở KH&CN from 01/3/2025, communes into a new
 * commune from 01/7/2025) and answers the questions history asks afterwards: which agency a code meant on a day, and
 * which agency carries on a closed one today. A merge is one transaction: a refusal at any step changes nothing.
 */
@Service
@Transactional
class AgencyMerger {

    private final Agencies agencies;
    private final Units units;
    private final AgencyRegistry registry;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AgencyMerger(
            Agencies agencies,
            Units units,
            AgencyRegistry registry,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.units = units;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
    }

    /** Carries out the merge and answers the successor. */
    AgencyView merge(MergeCommand command) {
        LocalDate effective = OrgFields.required("effective", command.effective());
        List<Agency> predecessors = predecessors(command.predecessorIds());
        if ((command.successorId() == null) == (command.newSuccessor() == null)) {
            throw SenException.invalidField("successorId", "MERGE_SUCCESSOR_REQUIRED");
        }
        UUID successorId = command.successorId() != null
                ? existingSuccessor(command.successorId(), predecessors, effective)
                : UUID.randomUUID();
        // Close the predecessors first: a new successor may then take over one of their codes from the effective day.
        predecessors.forEach(p -> close(p, successorId, effective));
        agencies.flush();
        if (command.newSuccessor() != null) {
            createSuccessor(successorId, command.newSuccessor(), effective);
        }
        List<UUID> ids = predecessors.stream().map(Agency::id).toList();
        events.publishEvent(new AgenciesMerged(ids, successorId, effective));
        return agencies.findById(successorId).orElseThrow().view();
    }

    private List<Agency> predecessors(@Nullable List<UUID> ids) {
        Set<UUID> distinct = ids == null ? Set.of() : new LinkedHashSet<>(ids);
        if (distinct.isEmpty()) {
            throw SenException.invalidField("predecessorIds", "MERGE_PREDECESSORS_REQUIRED");
        }
        List<Agency> found = new ArrayList<>();
        for (UUID id : distinct) {
            found.add(agencies.findById(id)
                    .orElseThrow(() -> SenException.invalidField("predecessorIds", "AGENCY_NOT_FOUND")));
        }
        return found;
    }

    private UUID existingSuccessor(UUID id, List<Agency> predecessors, LocalDate effective) {
        if (predecessors.stream().anyMatch(p -> p.id().equals(id))) {
            throw SenException.invalidField("successorId", "MERGE_INTO_ITSELF");
        }
        Agency successor =
                agencies.findById(id).orElseThrow(() -> SenException.invalidField("successorId", "AGENCY_NOT_FOUND"));
        if (!successor.activeOn(effective)) {
            throw SenException.invalidField(
                    "successorId", "MERGE_INTO_CLOSED", successor.name(), OrgFields.day(effective));
        }
        return id;
    }

    private void close(Agency predecessor, UUID successorId, LocalDate effective) {
        AgencyView before = predecessor.view();
        predecessor.closeInto(successorId, effective);
        LocalDate lastDay = effective.minusDays(1);
        for (Unit unit : units.findByAgencyIdOrderByNameAsc(predecessor.id())) {
            closeUnit(unit, lastDay);
        }
        audit.record("AGENCY_MERGED", "Agency", before.id().toString(), before.id(), before, predecessor.view());
    }

    private void closeUnit(Unit unit, LocalDate lastDay) {
        if (unit.validFrom().isAfter(lastDay)) {
            throw SenException.invalidField("effective", "MERGE_UNIT_STARTS_LATER", unit.name());
        }
        UnitView before = unit.view();
        unit.closeOn(lastDay);
        if (!before.equals(unit.view())) {
            audit.record("UNIT_CLOSED", "Unit", unit.id().toString(), unit.agencyId(), before, unit.view());
        }
    }

    /** Creates the new successor; its fields are reported under {@code newSuccessor.*}. */
    private void createSuccessor(UUID id, AgencyDraft draft, LocalDate effective) {
        AgencyDraft startingOnEffective = new AgencyDraft(
                draft.code(),
                draft.name(),
                draft.shortName(),
                draft.placeName(),
                draft.level(),
                draft.parentId(),
                effective,
                null);
        try {
            registry.create(id, startingOnEffective);
        } catch (SenException e) {
            if (e.field() == null) {
                throw e;
            }
            throw new SenException(e.kind(), e.code(), "newSuccessor." + e.field(), e.args());
        }
    }

    /** The agency version that bore the code on the day, closed or not (old codes stay resolvable). */
    @Transactional(readOnly = true)
    Optional<AgencyView> resolve(AgencyCode code, LocalDate on) {
        return agencies.findByCodeOn(code.qd20Form(), on).stream().findFirst().map(Agency::view);
    }

    /**
     * The agency that carries on the given one on the day: itself while active, else the first successor reached
     * through the successor links that is active on the day; empty when the trail ends in closed agencies.
     */
    @Transactional(readOnly = true)
    Optional<AgencyView> currentSuccessor(UUID agencyId, LocalDate on) {
        Deque<UUID> queue = new ArrayDeque<>(List.of(agencyId));
        Set<UUID> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            UUID id = queue.removeFirst();
            if (!seen.add(id)) {
                continue;
            }
            Optional<Agency> agency = agencies.findById(id);
            if (agency.isPresent() && agency.get().activeOn(on)) {
                return Optional.of(agency.get().view());
            }
            agency.ifPresent(a -> queue.addAll(a.successorIds()));
        }
        return Optional.empty();
    }
}
