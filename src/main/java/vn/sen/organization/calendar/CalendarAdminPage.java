package vn.sen.organization.calendar;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.CalendarDay;
import vn.sen.organization.CalendarDayKind;
import vn.sen.organization.WorkingTime;
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;

/** The administrator's page of the working calendar (/admin/calendar), Post-Redirect-Get. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
class CalendarAdminPage {

    private final CalendarAdministration administration;
    private final WorkingTime workingTime;
    private final ErrorMessages messages;

    CalendarAdminPage(CalendarAdministration administration, WorkingTime workingTime, ErrorMessages messages) {
        this.administration = administration;
        this.workingTime = workingTime;
        this.messages = messages;
    }

    /** The add form as typed: strings, so that any input reaches our own checks and their messages. */
    static final class EntryForm {
        private @Nullable String date;
        private @Nullable String kind;
        private @Nullable String name;

        public @Nullable String getDate() {
            return date;
        }

        public void setDate(@Nullable String date) {
            this.date = date;
        }

        public @Nullable String getKind() {
            return kind;
        }

        public void setKind(@Nullable String kind) {
            this.kind = kind;
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }
    }

    @GetMapping
    String show(@RequestParam(required = false) @Nullable String year, Model model) {
        int shown = year == null ? LocalDate.now(workingTime.zone()).getYear() : EntryRequest.year(year);
        return page(shown, new EntryForm(), model);
    }

    @PostMapping("/entries")
    String add(
            @RequestParam String year,
            @RequestParam(required = false) @Nullable Long version,
            @ModelAttribute("entry") EntryForm entry,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        int y = EntryRequest.year(year);
        try {
            CalendarDay day = administration.add(y, version, entry.getDate(), entry.getKind(), entry.getName());
            redirect.addFlashAttribute(
                    "flashOk", messages.of("calendar.added", day.date().format(EntryRequest.SHOWN)));
            return redirectTo(y);
        } catch (SenException e) {
            String field = e.field();
            if (field == null) {
                throw e; // not about the form: the refusal page says why
            }
            binding.rejectValue(field, e.code(), messages.of(e));
            return page(y, entry, model);
        }
    }

    @PostMapping("/entries/{id}/remove")
    String remove(
            @PathVariable UUID id,
            @RequestParam String year,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        int y = EntryRequest.year(year);
        administration.remove(y, version, id);
        redirect.addFlashAttribute("flashOk", messages.of("calendar.removed"));
        return redirectTo(y);
    }

    @PostMapping("/propose")
    String propose(
            @RequestParam String year,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        int y = EntryRequest.year(year);
        int count = administration.loadProposal(y, version);
        redirect.addFlashAttribute("flashOk", messages.of("calendar.proposed", String.valueOf(count)));
        return redirectTo(y);
    }

    @PostMapping("/confirm")
    String confirm(
            @RequestParam String year,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect) {
        int y = EntryRequest.year(year);
        administration.confirm(y, version);
        redirect.addFlashAttribute("flashOk", messages.of("calendar.confirmed", String.valueOf(y)));
        return redirectTo(y);
    }

    private String page(int year, EntryForm entry, Model model) {
        CalendarAdministration.AdminYear view = administration.view(year);
        model.addAttribute("calendar", view);
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("kinds", CalendarDayKind.values());
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", entry);
        }
        return "organization/calendar";
    }

    private static String redirectTo(int year) {
        return "redirect:/admin/calendar?year=" + year;
    }
}
