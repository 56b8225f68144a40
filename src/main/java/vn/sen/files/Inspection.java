package vn.sen.files;

import org.jspecify.annotations.Nullable;

/** What the checks found out about accepted content: its sniffed type and, for PDFs, its pages. */
record Inspection(String mediaType, @Nullable Integer pageCount) {}
