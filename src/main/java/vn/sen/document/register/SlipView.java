package vn.sen.document.register;

import java.util.List;

/**
 * The handling slip (phiếu giải quyết văn bản đến) of one incoming document as its template prints it: the
 * document, the agency leader's direction, the unit heads' opinions, the handlers' proposals and the result.
 * Public only because Thymeleaf reads it; it does not leave this package.
 */
public record SlipView(
        String agencyName,
        String arrivalNumber,
        String arrivedAt,
        String bookName,
        String author,
        String notation,
        String documentDate,
        String documentType,
        String subject,
        String urgency,
        String deadline,
        List<Opinion> directions,
        List<Opinion> unitOpinions,
        List<Opinion> proposals,
        String result,
        String completedAt,
        String completedBy,
        String progress) {

    /** One opinion with who gave it and when, and the assignments it made (role, assignee, deadline). */
    public record Opinion(String author, String at, String text, List<Line> assignments) {}

    /** One assignment: {@code Chủ trì: Phòng CNTT, hạn 20/03/2026}. */
    public record Line(String role, String assignee, String deadline) {}
}
