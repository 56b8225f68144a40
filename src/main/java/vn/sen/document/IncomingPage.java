package vn.sen.document;

import java.util.List;

/** One page of a work list. */
public record IncomingPage(List<IncomingListItem> items, int page, int size, long total) {

    public IncomingPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
