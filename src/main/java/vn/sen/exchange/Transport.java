package vn.sen.exchange;

/** How a packet reaches an agency (phương thức liên thông). */
public enum Transport {
    /** Trực tiếp: the agency is on this installation; the packet is handed over in-process. */
    DIRECT,
    /** Qua HTTP: the agency is on another Sen installation, reached at its packet endpoint. */
    HTTP,
    /** Qua Trục liên thông văn bản quốc gia (VDXP): the national axis, through its SDK seam. */
    NATIONAL_AXIS
}
