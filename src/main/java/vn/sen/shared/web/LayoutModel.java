package vn.sen.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Adds what the shared page layout shows (the acting user, the unread count) to every page a controller renders, and
 * to nothing else: not to API answers, redirects or forwards.
 *
 * <p>Why not {@code @ControllerAdvice} with {@code @ModelAttribute}: a {@code @RestController} is a
 * {@code @Controller} too, so the advice ran for every API call — matching its annotation selector and invoking the
 * method cost 11 % of the public dossier lookup's CPU (docs/benchmarks.md).
 */
public abstract class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public final void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView page) {
        if (page != null && rendersPage(page)) {
            addTo(page.getModelMap(), request);
        }
    }

    /** Adds this module's part of the layout's model. */
    protected abstract void addTo(ModelMap model, HttpServletRequest request);

    static boolean rendersPage(ModelAndView page) {
        if (page.getView() instanceof RedirectView) {
            return false;
        }
        String name = page.getViewName();
        return name == null || !(name.startsWith("redirect:") || name.startsWith("forward:"));
    }
}
