package vn.sen.document.outgoing;

import java.util.List;

/** Two versions compared line by line: every line of both, marked as kept, inserted or deleted. */
public record VersionComparison(int from, int to, List<Line> lines, int insertions, int deletions) {

    public VersionComparison {
        lines = List.copyOf(lines);
    }

    /** How a line changed from the earlier version to the later. */
    public enum Change {
        SAME,
        INSERTED,
        DELETED
    }

    public record Line(Change change, String text) {}
}
