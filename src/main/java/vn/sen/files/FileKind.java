package vn.sen.files;

/** What a use case accepts for a slot; the store refuses anything else whatever its name says. */
public enum FileKind {
    /** A PDF that opens, is not encrypted and has at least one page (the main file of a document). */
    PDF,
    /** PDF, Word/Excel (OOXML, checked against archive bombs), ODF, or an image (PNG, JPEG, TIFF). */
    OFFICE_OR_IMAGE
}
