package vn.sen.document;

import java.util.List;

/**
 * A page of the arrivals list.
 *
 * @param waiting how many arrivals wait in the agency right now (the badge), whatever the tab
 */
public record ArrivalPage(List<ArrivalListItem> items, long total, int page, int size, long waiting) {

    public ArrivalPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
