package vn.sen.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.shared.security.Actor;

/** Demo staff as actors, a real one-page PDF, and drafts with unique notations. */
final class IncomingFixtures {

    private IncomingFixtures() {}

    static Actor actor(StaffDirectory staff, String username) {
        StaffView s = staff.findByUsername(username).orElseThrow();
        return new Actor(s.id(), s.username(), s.displayName(), s.agencyId(), s.unitId(), false, s.permissions(), null);
    }

    /** {@code delegate} acting for {@code leader} with the leader's permissions lent. */
    static Actor actingFor(StaffDirectory staff, String delegate, String leader) {
        StaffView d = staff.findByUsername(delegate).orElseThrow();
        StaffView l = staff.findByUsername(leader).orElseThrow();
        java.util.Set<String> permissions = new java.util.HashSet<>(d.permissions());
        permissions.addAll(l.permissions());
        return new Actor(
                d.id(),
                d.username(),
                d.displayName(),
                d.agencyId(),
                d.unitId(),
                false,
                permissions,
                new Actor.OnBehalfOf(l.id(), l.username(), l.displayName(), UUID.randomUUID()));
    }

    static byte[] pdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Upload pdfUpload() {
        return new Upload("van-ban.pdf", new ByteArrayResource(pdf()));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    static IncomingDraft draft(String organName, String notation, Urgency urgency, @Nullable Confidentiality c) {
        return new IncomingDraft(
                "H99.11",
                organName,
                "12",
                notation,
                LocalDate.now().minusDays(2),
                DocumentType.CONG_VAN,
                "Về việc triển khai chuyển đổi số năm " + notation,
                "Giám đốc",
                "Nguyễn Văn A",
                urgency,
                c,
                3,
                null,
                "Sở Khoa học và Công nghệ",
                null,
                null);
    }

    static List<Upload> none() {
        return List.of();
    }
}
