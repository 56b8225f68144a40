/**
 * Outgoing documents (văn bản đi) of Decree 30/2020: drafting with immutable versions (DOCX converted to PDF), the
 * per-agency review chain (trình duyệt), and the guarded moves on to signing, numbering and issuing.
 */
@NullMarked
package vn.sen.document.outgoing;

import org.jspecify.annotations.NullMarked;
