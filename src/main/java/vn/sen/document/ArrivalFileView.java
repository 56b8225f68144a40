package vn.sen.document;

import java.util.UUID;

/** A file of an electronic arrival (download through the arrival's file link, by {@code fileId}). */
public record ArrivalFileView(UUID fileId, boolean main, String fileName, String mediaType, long size) {}
