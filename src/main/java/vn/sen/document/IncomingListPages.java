package vn.sen.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The work lists of incoming documents (danh sách văn bản đến): tabs per {@link WorkList}, filters in a GET form (htmx
 * swaps only the table, the plain form reloads the page), sorting and paging. Links keep every filter.
 */
@Controller
@RequestMapping("/documents/incoming")
@PreAuthorize("hasAuthority('STAFF')")
class IncomingListPages {

    private static final int PAGE_SIZE = 20;
    private static final List<String> SORTS = List.of("arrivedAt", "arrivalNumber", "issuedDate", "deadline");

    private final IncomingLists lists;
    private final IncomingPageSupport support;

    IncomingListPages(IncomingLists lists, IncomingPageSupport support) {
        this.lists = lists;
        this.support = support;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable WorkList list,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable DocumentType type,
            @RequestParam(required = false) @Nullable String organName,
            @RequestParam(required = false) @Nullable Urgency urgency,
            @RequestParam(required = false) @Nullable IncomingStatus status,
            @RequestParam(required = false) @Nullable UUID handlerId,
            @RequestParam(required = false) @Nullable DeadlineState deadlineState,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "false") boolean ascending,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        WorkList tab = list == null ? WorkList.TO_PROCESS : list;
        String sortBy = sort != null && SORTS.contains(sort) ? sort : "arrivedAt";
        String organ = organName == null || organName.isBlank() ? null : organName.strip();
        IncomingFilter filter = new IncomingFilter(
                tab,
                from,
                to,
                type,
                organ,
                urgency,
                status,
                handlerId,
                deadlineState,
                sortBy,
                ascending,
                Math.max(page, 0),
                PAGE_SIZE);
        IncomingPage result;
        try {
            result = lists.find(filter);
        } catch (SenException e) {
            model.addAttribute("flashErr", support.refusal(e));
            result = new IncomingPage(List.of(), 0, PAGE_SIZE, 0);
        }
        Actor actor = CurrentActor.require();
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("zone", support.zone());
        model.addAttribute("tabs", tabLinks(filter));
        model.addAttribute("sortLinks", sortLinks(filter));
        model.addAttribute("prevUrl", page > 0 ? url(filter, tab, sortBy, ascending, page - 1) : null);
        model.addAttribute(
                "nextUrl", page + 1 < result.totalPages() ? url(filter, tab, sortBy, ascending, page + 1) : null);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("statuses", IncomingStatus.values());
        model.addAttribute("deadlineStates", DeadlineState.values());
        model.addAttribute("sorts", SORTS);
        model.addAttribute("handlers", actor.agencyId() == null ? Map.of() : support.staffNames(actor.agencyId()));
        return "document/incoming-list";
    }

    /** Tab name → link to that list with the same filters, from the first page. */
    private static Map<String, String> tabLinks(IncomingFilter f) {
        Map<String, String> tabs = new LinkedHashMap<>();
        for (WorkList l : WorkList.values()) {
            tabs.put(l.name(), url(f, l, f.sort(), f.ascending(), 0));
        }
        return tabs;
    }

    /** Column → link sorting by it; a second click on the current column turns the direction. */
    private static Map<String, String> sortLinks(IncomingFilter f) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String s : SORTS) {
            boolean asc = s.equals(f.sort()) ? !f.ascending() : false;
            links.put(s, url(f, f.list(), s, asc, 0));
        }
        return links;
    }

    private static String url(
            IncomingFilter f, @Nullable WorkList list, @Nullable String sort, boolean ascending, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/documents/incoming");
        add(b, "list", list);
        add(b, "from", f.from());
        add(b, "to", f.to());
        add(b, "type", f.type());
        add(b, "organName", f.organName());
        add(b, "urgency", f.urgency());
        add(b, "status", f.status());
        add(b, "handlerId", f.handlerId());
        add(b, "deadlineState", f.deadlineState());
        add(b, "sort", sort);
        if (ascending) {
            b.queryParam("ascending", true);
        }
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, @Nullable Object value) {
        if (value != null) {
            b.queryParam(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
