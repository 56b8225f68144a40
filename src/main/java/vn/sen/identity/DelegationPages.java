package vn.sen.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/** Pages for delegation (ủy quyền): lend, revoke, and act on a leader's behalf. */
@Controller
@RequestMapping("/delegations")
@PreAuthorize("hasAuthority('STAFF')")
class DelegationPages {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DelegationDesk desk;
    private final StaffAccounts staff;
    private final ErrorMessages messages;
    private final AccountDirectory accounts;

    DelegationPages(DelegationDesk desk, StaffAccounts staff, ErrorMessages messages, AccountDirectory accounts) {
        this.desk = desk;
        this.staff = staff;
        this.messages = messages;
        this.accounts = accounts;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DelegationForm());
        }
        Actor me = CurrentActor.require();
        UUID self = me.accountId();
        List<Delegation> given = desk.given(self);
        List<Delegation> received = desk.received(self);
        Map<UUID, String> names = namesOf(given, received);
        Instant now = desk.now();
        model.addAttribute(
                "given",
                given.stream()
                        .map(d -> Row.of(d, names.get(d.delegateId()), now))
                        .toList());
        model.addAttribute(
                "received",
                received.stream()
                        .map(d -> Row.of(d, names.get(d.delegatorId()), now))
                        .toList());
        model.addAttribute(
                "colleagues",
                me.agencyId() == null
                        ? List.of()
                        : staff.activeIn(me.agencyId()).stream()
                                .filter(a -> !a.id().equals(self))
                                .map(a -> new Colleague(a.id(), a.displayName(), a.username()))
                                .toList());
        model.addAttribute("lendable", lendablePermissions(me));
        return "identity/delegations";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DELEGATE')")
    String delegate(
            @Valid @ModelAttribute("form") DelegationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                desk.delegate(
                        java.util.Objects.requireNonNull(form.getDelegateId()),
                        java.util.Objects.requireNonNull(form.getValidFrom())
                                .atZone(ZONE)
                                .toInstant(),
                        java.util.Objects.requireNonNull(form.getValidTo())
                                .atZone(ZONE)
                                .toInstant(),
                        new HashSet<>(form.getPermissions()),
                        form.getReason());
                redirect.addFlashAttribute("flashOk", messages.of("delegation.created"));
                return "redirect:/delegations";
            } catch (SenException e) {
                if (e.field() == null) {
                    throw e;
                }
                binding.rejectValue(e.field(), e.code(), messages.of(e));
            }
        }
        return page(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        desk.revoke(id);
        redirect.addFlashAttribute("flashOk", messages.of("delegation.revoked"));
        return "redirect:/delegations";
    }

    @PostMapping("/{id}/act")
    String act(
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ActingSwitch.become(desk.startActing(id), request, response);
        redirect.addFlashAttribute("flashOk", messages.of("delegation.actingStarted"));
        return "redirect:/";
    }

    @PostMapping("/stop-acting")
    String stopActing(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SenPrincipal p
                && p.actor().onBehalfOf() != null) {
            ActingSwitch.revertToSelf(p, accounts, request, response);
            redirect.addFlashAttribute("flashOk", messages.of("delegation.actingStopped"));
        }
        return "redirect:/delegations";
    }

    private Map<UUID, String> namesOf(List<Delegation> given, List<Delegation> received) {
        Set<UUID> ids = new HashSet<>();
        given.forEach(d -> ids.add(d.delegateId()));
        received.forEach(d -> ids.add(d.delegatorId()));
        return staff.findAllById(ids).stream()
                .collect(Collectors.toMap(StaffAccount::id, StaffAccount::displayName, (a, b) -> a));
    }

    private static List<String> lendablePermissions(Actor me) {
        return me.permissions().stream()
                .filter(p -> !DelegationDesk.NOT_DELEGABLE.contains(p))
                .sorted()
                .toList();
    }

    /** One delegation as the page shows it. */
    record Row(
            UUID id, String person, String period, String permissions, String reason, boolean active, boolean revoked) {

        private static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

        static Row of(Delegation d, @Nullable String person, Instant now) {
            return new Row(
                    d.id(),
                    person == null ? "" : person,
                    FORMAT.format(d.validFrom()) + " – " + FORMAT.format(d.validTo()),
                    String.join(", ", new java.util.TreeSet<>(d.permissions())),
                    d.reason(),
                    d.activeAt(now),
                    d.revokedAt() != null);
        }
    }

    record Colleague(UUID id, String displayName, String username) {}

    /** The form's fields (a bean: Thymeleaf's th:field binds through getters and setters). */
    static class DelegationForm {
        @NotNull(message = "{validation.required}")
        private @Nullable UUID delegateId;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private @Nullable LocalDateTime validFrom;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private @Nullable LocalDateTime validTo;

        private List<String> permissions = new java.util.ArrayList<>();

        @NotBlank(message = "{validation.required}")
        @Size(max = 500, message = "{validation.tooLong}")
        private String reason = "";

        public @Nullable UUID getDelegateId() {
            return delegateId;
        }

        public void setDelegateId(@Nullable UUID delegateId) {
            this.delegateId = delegateId;
        }

        public @Nullable LocalDateTime getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(@Nullable LocalDateTime validFrom) {
            this.validFrom = validFrom;
        }

        public @Nullable LocalDateTime getValidTo() {
            return validTo;
        }

        public void setValidTo(@Nullable LocalDateTime validTo) {
            this.validTo = validTo;
        }

        public List<String> getPermissions() {
            return permissions;
        }

        public void setPermissions(@Nullable List<String> permissions) {
            this.permissions = permissions == null ? new java.util.ArrayList<>() : permissions;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
