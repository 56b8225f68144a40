package vn.sen.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sen.identity.StaffDirectory;
import vn.sen.shared.error.SenException;
import vn.sen.shared.security.Actor;
import vn.sen.shared.security.CurrentActor;
import vn.sen.shared.web.ErrorMessages;

/**
 * Pages: my signature image and certificate (chữ ký của tôi); the agency administrator's seal and keys (quản trị ký
 * số). Refusals with a field come back as a message next to the form; the rest go to the refusal page.
 */
@Controller
class SigningPages {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SignerRecords records;
    private final HolderAccess access;
    private final ImageShelf shelf;
    private final KeyFiling filing;
    private final StaffDirectory staff;
    private final ErrorMessages messages;
    private final ExchangeKeys exchangeKeys;

    SigningPages(
            SignerRecords records,
            HolderAccess access,
            ImageShelf shelf,
            KeyFiling filing,
            StaffDirectory staff,
            ErrorMessages messages,
            ExchangeKeys exchangeKeys) {
        this.records = records;
        this.access = access;
        this.shelf = shelf;
        this.filing = filing;
        this.staff = staff;
        this.messages = messages;
        this.exchangeKeys = exchangeKeys;
    }

    @GetMapping("/signing/profile")
    @PreAuthorize("hasAuthority('STAFF')")
    String profile(Model model) {
        UUID me = CurrentActor.require().accountId();
        model.addAttribute("holderId", me);
        model.addAttribute("certificate", records.certificateOf(me).orElse(null));
        model.addAttribute("hasImage", records.imageOf(me).isPresent());
        model.addAttribute("zone", ZONE);
        return "signing/profile";
    }

    @PostMapping("/signing/profile/image")
    @PreAuthorize("hasAuthority('STAFF')")
    String uploadMyImage(@RequestParam("image") MultipartFile image, RedirectAttributes redirect) {
        try {
            shelf.fileSignatureImage(CurrentActor.require().accountId(), bytes(image));
            redirect.addFlashAttribute("flashOk", messages.of("signing.image.saved"));
        } catch (SenException e) {
            refuseField(e, redirect);
        }
        return "redirect:/signing/profile";
    }

    @GetMapping("/signing/images/{holderId}")
    @PreAuthorize("hasAuthority('STAFF')")
    ResponseEntity<byte[]> image(@PathVariable UUID holderId) {
        access.visible(holderId);
        return records.imageOf(holderId)
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(png))
                .orElseThrow(() -> SenException.notFound("SIGNING_HOLDER_NOT_FOUND"));
    }

    @GetMapping("/admin/signing")
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    String administration(Model model) {
        UUID agencyId = myAgency();
        Holder agency = access.manageable(agencyId, HolderKind.AGENCY);
        List<KeyHolderRow> rows = new ArrayList<>();
        rows.add(row(agency.id(), agency.name(), HolderKind.AGENCY));
        staff.staffOf(agencyId).forEach(s -> rows.add(row(s.id(), s.displayName(), HolderKind.PERSON)));
        model.addAttribute("agency", rows.get(0));
        model.addAttribute("holders", rows);
        model.addAttribute("diameterMm", records.sealDiameterOf(agencyId));
        // Showing the section creates the agency's exchange key if it has none: its certificate is what peers pin.
        model.addAttribute("exchangeKey", exchangeKeys.describe(agencyId));
        model.addAttribute("zone", ZONE);
        return "signing/admin";
    }

    @PostMapping("/admin/signing/seal")
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    String uploadSeal(
            @RequestParam("image") MultipartFile image,
            @RequestParam(name = "diameterMm", required = false) @Nullable Double diameterMm,
            RedirectAttributes redirect) {
        try {
            shelf.fileSealImage(myAgency(), bytes(image), diameterMm);
            redirect.addFlashAttribute("flashOk", messages.of("signing.seal.saved"));
        } catch (SenException e) {
            refuseField(e, redirect);
        }
        return "redirect:/admin/signing";
    }

    @PostMapping("/admin/signing/key")
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    String uploadKey(
            @RequestParam("holderId") UUID holderId,
            @RequestParam("p12") MultipartFile p12,
            @RequestParam("pin") String pin,
            RedirectAttributes redirect) {
        HolderKind kind = holderId.equals(myAgency()) ? HolderKind.AGENCY : HolderKind.PERSON;
        try {
            filing.fileServerKey(holderId, kind, bytes(p12), pin);
            redirect.addFlashAttribute("flashOk", messages.of("signing.key.saved"));
        } catch (SenException e) {
            refuseField(e, redirect);
        }
        return "redirect:/admin/signing";
    }

    @GetMapping("/admin/signing/exchange-key.pem")
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    ResponseEntity<String> exchangeCertificate() {
        UUID agencyId = myAgency();
        access.manageable(agencyId, HolderKind.AGENCY);
        return ResponseEntity.ok()
                .contentType(ExchangeKeyApi.PEM)
                .header("Content-Disposition", "attachment; filename=\"exchange-certificate.pem\"")
                .body(exchangeKeys.describe(agencyId).pem());
    }

    @PostMapping("/admin/signing/exchange-key")
    @PreAuthorize("hasAnyAuthority('ORG_UNIT_MANAGE', 'ORG_AGENCY_MANAGE')")
    String replaceExchangeKey(
            @RequestParam("pkcs12") MultipartFile pkcs12,
            @RequestParam("password") String password,
            RedirectAttributes redirect) {
        try {
            exchangeKeys.replace(myAgency(), bytes(pkcs12), password.toCharArray());
            redirect.addFlashAttribute("flashOk", messages.of("signing.exchange.saved"));
        } catch (SenException e) {
            refuseField(e, redirect);
        }
        return "redirect:/admin/signing";
    }

    private KeyHolderRow row(UUID id, String name, HolderKind kind) {
        return new KeyHolderRow(
                id,
                name,
                kind.name(),
                records.certificateOf(id).orElse(null),
                records.imageOf(id).isPresent());
    }

    private static UUID myAgency() {
        Actor actor = CurrentActor.require();
        if (actor.agencyId() == null) {
            throw SenException.notFound("SIGNING_HOLDER_NOT_FOUND");
        }
        return actor.agencyId();
    }

    /** A refusal about the submitted file or PIN is shown above the form; others reach the refusal page. */
    private void refuseField(SenException e, RedirectAttributes redirect) {
        if (e.field() == null) {
            throw e;
        }
        redirect.addFlashAttribute("flashErr", messages.of(e));
        redirect.addFlashAttribute("errorField", e.field());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
