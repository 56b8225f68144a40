package vn.sen.signing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import vn.sen.TestActors;
import vn.sen.identity.Permissions;
import vn.sen.identity.StaffDirectory;
import vn.sen.identity.StaffView;
import vn.sen.organization.OrganizationDirectory;
import vn.sen.shared.security.Actor;

/** Actors and images for the signing tests, on the demo organisation and accounts. */
@Component
class SigningFixtures {

    static final String PIN = "246810";

    private final StaffDirectory staff;
    private final OrganizationDirectory organization;

    SigningFixtures(StaffDirectory staff, OrganizationDirectory organization) {
        this.staff = staff;
        this.organization = organization;
    }

    StaffView person(String username) {
        return staff.findByUsername(username).orElseThrow();
    }

    /** The demo person as an actor (as after their login). */
    Actor actorOf(String username) {
        StaffView s = person(username);
        return new Actor(s.id(), s.username(), s.displayName(), s.agencyId(), s.unitId(), false, s.permissions(), null);
    }

    UUID agency(String code) {
        return organization.resolve(code, LocalDate.now()).orElseThrow().id();
    }

    static Actor agencyAdmin(UUID agencyId) {
        return TestActors.staff(agencyId, Permissions.STAFF, Permissions.ORG_UNIT_MANAGE);
    }

    static Actor clerk(UUID agencyId) {
        return TestActors.staff(agencyId, Permissions.STAFF, Permissions.DOC_ISSUE);
    }

    /** A transparent PNG with a blue stroke. */
    static byte[] transparentPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 0, 200));
        g.drawLine(2, height - 3, width - 3, 2);
        g.dispose();
        return encode(image, "png");
    }

    static byte[] opaquePng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    static byte[] jpeg(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
