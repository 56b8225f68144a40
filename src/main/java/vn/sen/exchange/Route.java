package vn.sen.exchange;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to send a packet for an agency (tuyến liên thông), as resolved on a day.
 *
 * @param code the QĐ 20 code of the agency finally reached (after following successors)
 * @param edxmlCode its edXML OrganId, when known
 * @param endpoint the peer's packet endpoint for {@link Transport#HTTP}, else usually null
 * @param localAgencyId the agency of this installation, for {@link Transport#DIRECT}
 * @param pinnedCertificates the peer's packet-signing certificates pinned in the directory
 * @param resolvedVia the codes followed to get here, the asked code first (one element when no successor was taken)
 */
public record Route(
        String code,
        @Nullable String edxmlCode,
        String name,
        Transport transport,
        @Nullable URI endpoint,
        @Nullable UUID localAgencyId,
        List<X509Certificate> pinnedCertificates,
        List<String> resolvedVia) {

    public Route {
        pinnedCertificates = List.copyOf(pinnedCertificates);
        resolvedVia = List.copyOf(resolvedVia);
    }
}
