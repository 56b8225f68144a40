package vn.sen.onestop;

/**
 * The national public-service portal (Cổng Dịch vụ công quốc gia) as Sen reports to it: one status update of a
 * dossier at a time, in the JSON of docs/national-portal.md, taken from the outbox in order. Sen ships an HTTP
 * adapter that posts the JSON as it is; when the portal's own specification is provided, a bean implementing this
 * interface and marked {@code @Primary} (in a jar on the classpath) takes its place, translating the JSON to the
 * portal's wire format.
 */
public interface NationalPortal {

    /** False while the adapter is not configured: updates wait in the outbox, nothing is lost. */
    boolean ready();

    /**
     * Delivers one update; returns when the portal acknowledged it, throws {@link PushFailed} otherwise. The same
     * update may come again after a crash (at-least-once): {@code updateId} is stable across attempts, for the portal
     * to drop repeats.
     *
     * @param dossierCode Sen's dossier code (MaHoSo), for logs and routing
     * @param updateId a stable identifier of this update
     * @param payload the JSON document
     */
    void push(String dossierCode, String updateId, String payload);

    /** An update not delivered; {@code permanent} when sending it again unchanged cannot help (a refusal). */
    class PushFailed extends RuntimeException {

        private final boolean permanent;

        public PushFailed(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        public PushFailed(String message, Throwable cause) {
            super(message, cause);
            this.permanent = false;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
