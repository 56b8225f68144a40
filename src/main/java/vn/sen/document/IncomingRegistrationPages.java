package vn.sen.document;

import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;

/**
 * The clerk's registration page (vào sổ văn bản đến): metadata, book, files with a preview before upload, a one-time
 * submission key against double clicks, and the duplicate warning the clerk may knowingly override.
 */
@Controller
@RequestMapping("/documents/incoming/new")
@PreAuthorize("hasAuthority('DOC_REGISTER')")
class IncomingRegistrationPages {

    private static final String DUPLICATE = "DOCUMENT_DUPLICATE_SUSPECTED";

    private final IncomingRegistration registration;
    private final IncomingBookAdministration books;
    private final OrganizationDirectory organization;
    private final IncomingPageSupport support;

    IncomingRegistrationPages(
            IncomingRegistration registration,
            IncomingBookAdministration books,
            OrganizationDirectory organization,
            IncomingPageSupport support) {
        this.registration = registration;
        this.books = books;
        this.organization = organization;
        this.support = support;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        // Empty text fields mean "not given", as the core expects.
        binder.registerCustomEditor(
                String.class, new org.springframework.beans.propertyeditors.StringTrimmerEditor(true));
    }

    @GetMapping
    String form(Model model) {
        return show(new IncomingRegistrationForm(), model);
    }

    @PostMapping
    String register(
            @ModelAttribute("form") IncomingRegistrationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                IncomingDocumentView doc = registration.register(
                        form.draft(),
                        form.mainUpload(),
                        form.attachmentUploads(),
                        form.getSubmissionKey(),
                        form.isConfirmDuplicate());
                redirect.addFlashAttribute("flashOk", support.text("incoming.new.registered", doc.arrivalNumber()));
                return "redirect:/documents/incoming/" + doc.id();
            } catch (SenException e) {
                if (DUPLICATE.equals(e.code())) {
                    model.addAttribute("duplicateMessage", support.refusal(e));
                    model.addAttribute("duplicateNumber", e.args().length > 0 ? e.args()[0] : "");
                } else {
                    support.bind(e, binding);
                }
            }
        }
        model.addAttribute("reselectFiles", true);
        return show(form, model);
    }

    private String show(IncomingRegistrationForm form, Model model) {
        Actor actor = CurrentActor.require();
        Set<java.util.UUID> readable = support.readableConfidentialBooks(actor);
        List<RegisterBookView> choices = books.books(null).stream()
                .filter(b -> !b.confidential() || readable.contains(b.id()))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("books", choices);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("confidentialities", Confidentiality.values());
        model.addAttribute("agencies", organization.activeAgencies(support.today()));
        return "document/incoming-new";
    }
}
