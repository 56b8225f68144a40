package vn.sen.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The layout's model goes to rendered pages only. */
class LayoutModelTests {

    private final LayoutModel layout = new LayoutModel() {
        @Override
        protected void addTo(ModelMap model, HttpServletRequest request) {
            model.addAttribute("shown", true);
        }
    };

    @Test
    void aRenderedPageGetsTheLayoutsModel() {
        ModelAndView page = new ModelAndView("search/results");
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), page);
        assertThat(page.getModel()).containsEntry("shown", true);
    }

    @Test
    void redirectsForwardsAndApiAnswersGetNothing() {
        for (ModelAndView other : new ModelAndView[] {
            new ModelAndView("redirect:/login"),
            new ModelAndView("forward:/x"),
            new ModelAndView(new RedirectView("/y"))
        }) {
            layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), other);
            assertThat(other.getModel()).doesNotContainKey("shown");
        }
        // an API answer has no ModelAndView at all
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), null);
    }
}
