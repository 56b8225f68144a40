package vn.sen.onestop;

import java.util.List;

/** One page of a work list. */
public record DossierPage(List<DossierListItem> items, long total, int page, int size) {

    public DossierPage {
        items = List.copyOf(items);
    }
}
