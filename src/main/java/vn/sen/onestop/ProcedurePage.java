package vn.sen.onestop;

import java.util.List;

/** A page of search results and how many there are in all. */
public record ProcedurePage(List<ProcedureSummary> items, long total, int page, int size) {

    public ProcedurePage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
