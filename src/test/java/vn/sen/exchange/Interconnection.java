package vn.sen.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connects two installations the way their administrators would: each fetches the other's public exchange
 * certificate ({@code GET /api/v1/exchange-keys/{code}/certificate}) and adds a directory entry
 * ({@code POST /api/v1/exchange/directory}) routing the other's agency over HTTP to the other's packet endpoint, with
 * that certificate pinned.
 */
final class Interconnection {

    private Interconnection() {}

    /** An agency of one installation as the other's directory names it. */
    record Agency(String code, String edxmlCode, String name) {}

    /** {@code at} routes each of {@code agencies} (agencies of {@code peer}) to {@code peer}. */
    static void route(SenInstance at, SenInstance peer, List<Agency> agencies) {
        String admin = at.bearer("admin");
        for (Agency agency : agencies) {
            String pem = peer.api()
                    .get("/api/v1/exchange-keys/" + agency.code() + "/certificate", null)
                    .ok()
                    .body();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", agency.code());
            entry.put("edxmlCode", agency.edxmlCode());
            entry.put("name", agency.name());
            entry.put("transport", "HTTP");
            entry.put("endpoint", peer.baseUrl() + "/api/v1/exchange/packets");
            entry.put("pinnedCertificate", pem);
            entry.put("validFrom", "2020-01-01");
            at.api().post("/api/v1/exchange/directory", admin, entry).expect(201);
        }
    }
}
