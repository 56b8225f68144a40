package vn.sen.onestop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The statistics as workbooks (.xlsx), the form OpenCPS users asked for: the period report, the daily intake report
 * (báo cáo tiếp nhận trong ngày) and the late-dossier list (danh sách hồ sơ trễ hạn). Each is one sheet with a title
 * line, the column headings in bold and one row per line; numbers stay numbers so that people can sum them. Written
 * streaming, so a long list does not hold the whole workbook in memory.
 */
final class StatisticsSheets {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final List<String> REPORT_COLUMNS = List.of(
            "Tên",
            "Kỳ trước chuyển sang",
            "Tiếp nhận trong kỳ",
            "Trực tuyến",
            "Trực tiếp",
            "Bưu chính",
            "Đã giải quyết",
            "Trước hạn",
            "Đúng hạn",
            "Quá hạn",
            "Đang giải quyết trong hạn",
            "Đang giải quyết quá hạn",
            "Chờ bổ sung",
            "Từ chối",
            "Dừng giải quyết",
            "Đóng do không bổ sung",
            "Thời gian giải quyết trung bình (ngày làm việc)",
            "Tỷ lệ trước hạn, đúng hạn (%)",
            "Tỷ lệ trực tuyến (%)");

    static final List<String> INTAKE_COLUMNS = List.of(
            "STT",
            "Mã hồ sơ",
            "Người nộp",
            "Thủ tục",
            "Hình thức nộp",
            "Thời điểm tiếp nhận",
            "Ngày hẹn trả",
            "Trạng thái");

    static final List<String> LATE_COLUMNS = List.of(
            "STT",
            "Mã hồ sơ",
            "Người nộp",
            "Thủ tục",
            "Tiếp nhận",
            "Ngày hẹn trả",
            "Hoàn thành",
            "Số ngày trễ",
            "Trạng thái",
            "Bước đang xử lý");

    private StatisticsSheets() {}

    static byte[] report(StatisticsReport r, String title) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsRow row : r.rows()) {
            rows.add(reportRow(row));
        }
        rows.add(reportRow(r.total()));
        return write("Báo cáo", title, REPORT_COLUMNS, rows);
    }

    static byte[] intake(List<StatisticsSql.Line> lines, String title, ZoneId zone) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (StatisticsSql.Line l : lines) {
            rows.add(list(
                    n++,
                    l.code(),
                    l.applicantName(),
                    l.procedureName(),
                    l.channel().label(),
                    moment(l.intake(), zone),
                    moment(l.dueAt(), zone),
                    l.state().label()));
        }
        return write("Tiếp nhận trong ngày", title, INTAKE_COLUMNS, rows);
    }

    static byte[] late(
            List<StatisticsSql.Line> lines, String title, Instant cut, ZoneId zone, Function<StepRole, String> roles) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (StatisticsSql.Line l : lines) {
            rows.add(list(
                    n++,
                    l.code(),
                    l.applicantName(),
                    l.procedureName(),
                    moment(l.intake(), zone),
                    moment(l.appointment(), zone),
                    moment(l.done(), zone),
                    daysLate(l, cut, zone),
                    l.state().label(),
                    l.role() == null || l.done() != null ? "" : roles.apply(l.role())));
        }
        return write("Hồ sơ trễ hạn", title, LATE_COLUMNS, rows);
    }

    /** Calendar days from the appointment's day to the day it ended, or to the cut for one still open. */
    static long daysLate(StatisticsSql.Line l, Instant cut, ZoneId zone) {
        if (l.appointment() == null) {
            return 0;
        }
        Instant end = l.done() == null ? cut : l.done();
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                l.appointment().atZone(zone).toLocalDate(), end.atZone(zone).toLocalDate());
        return Math.max(days, 0);
    }

    private static List<Object> reportRow(StatisticsRow row) {
        StatisticsCounts c = row.counts();
        return list(
                row.label(),
                c.carriedOver(),
                c.received(),
                c.receivedOnline(),
                c.receivedCounter(),
                c.receivedPost(),
                c.completed(),
                c.completedEarly(),
                c.completedOnTime(),
                c.completedLate(),
                c.inProgressWithinDeadline(),
                c.inProgressPastDeadline(),
                c.awaitingSupplement(),
                c.refused(),
                c.stopped(),
                c.closed(),
                row.averageWorkingDays(),
                row.onTimeRate(),
                row.onlineShare());
    }

    private static List<Object> list(@Nullable Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? "" : v);
        }
        return out;
    }

    static String moment(@Nullable Instant at, ZoneId zone) {
        return at == null ? "" : MOMENT.format(at.atZone(zone));
    }

    static String day(java.time.LocalDate d) {
        return DAY.format(d);
    }

    private static byte[] write(String sheetName, String title, List<String> headers, List<List<Object>> rows) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(sheetName);
            Cell heading = sheet.createRow(0).createCell(0);
            heading.setCellValue(title);
            heading.setCellStyle(bold);
            Row head = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 3;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    Cell cell = row.createCell(i);
                    if (v instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the statistics workbook", e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
