package vn.sen.document.outgoing;

import vn.sen.document.Confidentiality;

/**
 * Series (hệ số) of the outgoing register: secret documents are numbered in their own series (Decree 30/2020 Art.
 * 15(2)), everything else in the normal one.
 */
enum RegisterSeries {
    /** Văn bản thường. */
    NORMAL,
    /** Văn bản mật. */
    CONFIDENTIAL;

    static RegisterSeries of(Confidentiality confidentiality) {
        return confidentiality == Confidentiality.THUONG ? NORMAL : CONFIDENTIAL;
    }
}
