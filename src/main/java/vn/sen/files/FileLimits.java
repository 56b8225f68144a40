package vn.sen.files;

/**
 * The limits every incoming file is held to.
 *
 * @param maxSize the largest accepted file, in bytes
 * @param maxUnpackedSize the largest total uncompressed size of an office archive (OOXML/ODF), in bytes
 * @param maxEntries the most entries an office archive may have
 * @param maxCompressionRatio the highest uncompressed/compressed ratio of one archive entry
 */
record FileLimits(long maxSize, long maxUnpackedSize, int maxEntries, int maxCompressionRatio) {

    static final int DEFAULT_MAX_ENTRIES = 10_000;
    static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;

    static FileLimits of(long maxSize, long maxUnpackedSize) {
        return new FileLimits(maxSize, maxUnpackedSize, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_COMPRESSION_RATIO);
    }
}
