package vn.sen.search;

import org.jspecify.annotations.Nullable;

/**
 * The text of one attachment and how it was obtained.
 *
 * @param text normalised text (NFC, single spaces), empty unless {@link ExtractionOutcome#DONE}
 * @param method {@value #TEXT_LAYER}, {@value #OFFICE}, {@value #OCR}, {@value #PLAIN} or {@value #NONE}
 * @param pages the pages of the file when known (PDF, TIFF, office documents that record it), else 0 (1 for images)
 * @param ocrPages the pages read by OCR; for a scan, {@code pages - ocrPages} were skipped by the page limit
 * @param truncated the text was cut at the character limit (still a success)
 * @param millis how long the extraction took
 * @param error a short English technical reason for {@link ExtractionOutcome#FAILED} and the other failures
 */
record Extracted(
        ExtractionOutcome outcome,
        String text,
        String method,
        int pages,
        int ocrPages,
        boolean truncated,
        long millis,
        @Nullable String error) {

    static final String TEXT_LAYER = "TEXT_LAYER";
    static final String OFFICE = "OFFICE";
    static final String OCR = "OCR";
    static final String PLAIN = "PLAIN";
    static final String NONE = "NONE";

    /** Text that was read: {@link ExtractionOutcome#DONE}, or {@link ExtractionOutcome#EMPTY} when there is none. */
    static Extracted read(String text, String method, int pages, int ocrPages, boolean truncated) {
        ExtractionOutcome outcome = text.isEmpty() ? ExtractionOutcome.EMPTY : ExtractionOutcome.DONE;
        return new Extracted(outcome, text, method, pages, ocrPages, truncated, 0, null);
    }

    /** No text, for the reason given. */
    static Extracted failed(ExtractionOutcome outcome, String error) {
        return new Extracted(outcome, "", NONE, 0, 0, false, 0, error);
    }

    Extracted took(long elapsedMillis) {
        return new Extracted(outcome, text, method, pages, ocrPages, truncated, elapsedMillis, error);
    }
}
