package vn.sen.document.outgoing;

import java.util.List;

/** One page of a list, with the total for paging. */
public record OutgoingPage(List<OutgoingListItem> items, long total, int page, int size) {

    public OutgoingPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
