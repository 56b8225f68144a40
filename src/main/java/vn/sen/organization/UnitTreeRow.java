package vn.sen.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a unit tree as pages show it: the unit and how deep it sits (0 for a top-level unit). */
record UnitTreeRow(UnitView unit, int depth) {

    /** Orders units parents first, each parent followed by its children; the input order is kept among siblings. */
    static List<UnitTreeRow> order(List<UnitView> units) {
        Map<@Nullable UUID, List<UnitView>> children = new LinkedHashMap<>();
        Set<UUID> ids = new HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        for (UnitView unit : units) {
            // A unit whose parent is not in the list (should not happen) is shown at the top rather than lost.
            UUID parent = unit.parentId() != null && ids.contains(unit.parentId()) ? unit.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
        }
        List<UnitTreeRow> rows = new ArrayList<>();
        append(null, 0, children, rows, new HashSet<>());
        return rows;
    }

    private static void append(
            @Nullable UUID parent,
            int depth,
            Map<@Nullable UUID, List<UnitView>> children,
            List<UnitTreeRow> rows,
            Set<UUID> done) {
        for (UnitView unit : children.getOrDefault(parent, List.of())) {
            if (done.add(unit.id())) {
                rows.add(new UnitTreeRow(unit, depth));
                append(unit.id(), depth + 1, children, rows, done);
            }
        }
    }
}
