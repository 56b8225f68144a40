package vn.sen.document.outregister;

/** Cost of one printed page and of one mailing, in VND, as applied to an agency (see {@link SavingsProperties}). */
public record Costs(long perPage, long perMailing) {

    /** What the pages and mailings would have cost on paper. */
    public long of(long pages, long mailings) {
        return Math.addExact(Math.multiplyExact(pages, perPage), Math.multiplyExact(mailings, perMailing));
    }
}
