package vn.sen.search;

import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/** The search page (trang tìm kiếm): one box, filters with counts, results with the matched passages. */
@Controller
class SearchPages {

    static final String PATH = "/tim-kiem";

    private final Finder finder;
    private final ErrorMessages messages;
    private final SearchLinks links;
    private final ZoneId zone;

    SearchPages(Finder finder, ErrorMessages messages, SearchLinks links, @Value("${sen.calendar.zone}") ZoneId zone) {
        this.finder = finder;
        this.messages = messages;
        this.links = links;
        this.zone = zone;
    }

    @GetMapping(PATH)
    String search(@ModelAttribute("form") SearchForm form, Model model) {
        model.addAttribute("orders", List.of(SearchQuery.Order.values()));
        model.addAttribute("zone", zone);
        if (form.blank()) {
            return "search/results";
        }
        try {
            SearchResults results =
                    finder.find(form.query(), CurrentActor.find().orElse(null));
            model.addAttribute("results", results);
            model.addAttribute("links", links.of(form, results));
        } catch (SenException refused) {
            model.addAttribute("refusal", messages.of(refused));
        }
        return "search/results";
    }
}
