package vn.sen.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the text extraction of attachments ({@code sen.search.extraction.*}): a hostile or broken file costs at
 * most {@code timeout} and never more than one file's worth of memory.
 *
 * @param maxChars characters of text kept per file; longer text is cut, which is not a failure
 * @param maxFileSize larger files are not read at all
 * @param timeout wall-clock limit per file, OCR included
 * @param ocrPages pages of a scanned PDF (or multi-page TIFF) read by OCR; later pages are skipped
 * @param ocrDpi resolution scanned PDF pages are rendered at for OCR
 * @param tesseractCommand the tesseract executable, a name on the {@code PATH} or a full path
 * @param ocrLanguage tesseract's language model(s), e.g. {@code vie} or {@code vie+eng}
 * @param ocr whether scans and images are read by OCR at all
 */
@ConfigurationProperties("sen.search.extraction")
record ExtractionSettings(
        @DefaultValue("200000") int maxChars,
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("30") int ocrPages,
        @DefaultValue("200") int ocrDpi,
        @DefaultValue("tesseract") String tesseractCommand,
        @DefaultValue("vie") String ocrLanguage,
        @DefaultValue("true") boolean ocr) {

    ExtractionSettings {
        if (maxChars < 1 || ocrPages < 0 || ocrDpi < 1) {
            throw new IllegalArgumentException(
                    "sen.search.extraction: max-chars and ocr-dpi must be positive, ocr-pages not negative");
        }
    }

    /** The same defaults as the bound properties, for unit tests. */
    static ExtractionSettings defaults() {
        return new ExtractionSettings(
                200_000, DataSize.ofMegabytes(50), Duration.ofSeconds(60), 30, 200, "tesseract", "vie", true);
    }
}
