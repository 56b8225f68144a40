package vn.sen.onestop;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
import vn.sen.shared.error.SenException;
import vn.sen.shared.web.ErrorMessages;
import vn.sen.shared.web.FormErrors;

/**
 * The administrator's pages for the slips (biểu mẫu phiếu một cửa): the seven forms with whose wording is used, a
 * form's wording in plain text areas beside the placeholders it may use, its preview, and the reset to the default.
 */
@Controller
@RequestMapping("/admin/slips")
@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
class SlipPages {

    private final SlipTemplateAdministration administration;
    private final ErrorMessages messages;

    SlipPages(SlipTemplateAdministration administration, ErrorMessages messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("slips", administration.list(null));
        return "onestop/admin-slips";
    }

    @GetMapping("/{form}")
    String edit(@PathVariable SlipForm form, Model model) {
        SlipTemplateView view = administration.get(form, null);
        return page(model, view, SlipTemplateForm.of(view));
    }

    @PostMapping("/{form}")
    String save(
            @PathVariable SlipForm form,
            @ModelAttribute("slipForm") SlipTemplateForm slipForm,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        try {
            administration.save(form, null, slipForm.request());
            flash.addFlashAttribute("flashOk", messages.of("slip.saved", form.label()));
            return "redirect:/admin/slips/" + form;
        } catch (SenException e) {
            FormErrors.bind(e, result, messages);
        }
        return page(model, administration.get(form, null), slipForm);
    }

    @PostMapping("/{form}/reset")
    String reset(
            @PathVariable SlipForm form,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes flash) {
        try {
            administration.reset(form, null, version);
            flash.addFlashAttribute("flashOk", messages.of("slip.reset.done", form.label()));
        } catch (SenException e) {
            flash.addFlashAttribute("flashErr", messages.of(e));
        }
        return "redirect:/admin/slips/" + form;
    }

    @GetMapping("/{form}/preview")
    ResponseEntity<byte[]> preview(@PathVariable SlipForm form) {
        return SlipTemplateApi.pdf(form, administration.preview(form, null));
    }

    private static String page(Model model, SlipTemplateView view, SlipTemplateForm form) {
        model.addAttribute("slip", view);
        model.addAttribute("slipForm", form);
        model.addAttribute("label", view.form().label());
        return "onestop/admin-slip";
    }
}
