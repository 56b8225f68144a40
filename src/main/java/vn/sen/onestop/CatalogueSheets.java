package vn.sen.onestop;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.sen.onestop.PortableProcedure.Fee;
import vn.sen.onestop.PortableProcedure.Part;
import vn.sen.onestop.PortableProcedure.Stage;
import vn.sen.shared.error.SenException;

/**
 * The catalogue as a workbook people can edit: one sheet of procedures and one each for their components, steps and
 * fees, joined by the agency's and the procedure's codes; choices written in Vietnamese words. Reading names the sheet,
 * row and column of a value it cannot take.
 */
@Component
class CatalogueSheets {

    static final String PROCEDURES = "Thủ tục";
    static final String COMPONENTS = "Thành phần hồ sơ";
    static final String STEPS = "Các bước";
    static final String FEES = "Phí, lệ phí";

    private static final List<String> PROCEDURE_COLUMNS = List.of(
            "Mã cơ quan",
            "Mã thủ tục",
            "Tên thủ tục",
            "Lĩnh vực",
            "Cấp thực hiện",
            "Mức độ trực tuyến",
            "Thời hạn",
            "Đơn vị thời hạn",
            "Giờ tiếp nhận cuối ngày",
            "Kết quả",
            "Căn cứ pháp lý");
    private static final List<String> COMPONENT_COLUMNS =
            List.of("Mã cơ quan", "Mã thủ tục", "Tên giấy tờ", "Số lượng", "Bắt buộc", "Mẫu đơn (tên tệp)");
    private static final List<String> STEP_COLUMNS = List.of(
            "Mã cơ quan",
            "Mã thủ tục",
            "Nội dung công việc",
            "Người thực hiện",
            "Đơn vị (ký hiệu)",
            "Thời hạn",
            "Đơn vị thời hạn");
    private static final List<String> FEE_COLUMNS =
            List.of("Mã cơ quan", "Mã thủ tục", "Tên phí, lệ phí", "Số tiền (đồng)", "Ghi chú");

    private final CatalogueLabels labels;

    CatalogueSheets(CatalogueLabels labels) {
        this.labels = labels;
    }

    byte[] write(List<PortableProcedure> procedures) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Sheet main = sheet(book, PROCEDURES, PROCEDURE_COLUMNS, head);
            Sheet parts = sheet(book, COMPONENTS, COMPONENT_COLUMNS, head);
            Sheet stages = sheet(book, STEPS, STEP_COLUMNS, head);
            Sheet fees = sheet(book, FEES, FEE_COLUMNS, head);
            for (PortableProcedure p : procedures) {
                row(
                        main,
                        p.agencyCode(),
                        p.nationalCode(),
                        p.name(),
                        p.field(),
                        label(p.level(), labels::of),
                        label(p.onlineLevel(), labels::of),
                        p.quotaAmount(),
                        label(p.quotaUnit(), labels::of),
                        p.cutOff() == null ? null : p.cutOff().toString(),
                        p.resultType(),
                        p.legalBasis());
                for (Part c : listed(p.components())) {
                    row(
                            parts,
                            p.agencyCode(),
                            p.nationalCode(),
                            c.name(),
                            c.copies(),
                            Boolean.FALSE.equals(c.mandatory()) ? "Không" : "Có",
                            c.formFileName());
                }
                for (Stage s : listed(p.steps())) {
                    row(
                            stages,
                            p.agencyCode(),
                            p.nationalCode(),
                            s.name(),
                            label(s.role(), labels::of),
                            s.unitCode(),
                            s.quotaAmount(),
                            label(s.quotaUnit(), labels::of));
                }
                for (Fee f : listed(p.fees())) {
                    row(fees, p.agencyCode(), p.nationalCode(), f.name(), f.amount(), f.note());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the catalogue workbook", e);
        }
    }

    List<PortableProcedure> read(byte[] xlsx) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Reader reader = new Reader(book);
            Map<String, Builder> byCode = new LinkedHashMap<>();
            for (Line line : reader.lines(PROCEDURES, PROCEDURE_COLUMNS.size())) {
                Builder b = new Builder(line);
                if (byCode.put(b.key, b) != null) {
                    throw line.invalid(1, "PROCEDURE_IMPORT_DUPLICATE");
                }
            }
            for (Line line : reader.lines(COMPONENTS, COMPONENT_COLUMNS.size())) {
                owner(byCode, line).parts.add(new Part(line.text(2), line.text(3), line.yesNo(4), line.text(5)));
            }
            for (Line line : reader.lines(STEPS, STEP_COLUMNS.size())) {
                owner(byCode, line)
                        .stages
                        .add(new Stage(
                                line.text(2),
                                line.choice(3, labels::role),
                                line.text(4),
                                line.number(5),
                                line.choice(6, labels::quotaUnit)));
            }
            for (Line line : reader.lines(FEES, FEE_COLUMNS.size())) {
                Integer amount = line.number(3);
                owner(byCode, line)
                        .fees
                        .add(new Fee(line.text(2), amount == null ? null : amount.longValue(), line.text(4)));
            }
            return byCode.values().stream().map(this::procedure).toList();
        } catch (IOException | RuntimeException e) {
            if (e instanceof SenException refusal) {
                throw refusal;
            }
            throw SenException.invalid("PROCEDURE_IMPORT_UNREADABLE");
        }
    }

    private PortableProcedure procedure(Builder b) {
        Line l = b.line;
        return new PortableProcedure(
                l.text(0),
                l.text(1),
                l.text(2),
                l.text(3),
                l.choice(4, labels::level),
                l.choice(5, labels::onlineLevel),
                l.number(6),
                l.choice(7, labels::quotaUnit),
                l.time(8),
                l.text(9),
                l.text(10),
                b.fees,
                b.parts,
                b.stages);
    }

    private static Builder owner(Map<String, Builder> byCode, Line line) {
        Builder b = byCode.get(key(line.text(0), line.text(1)));
        if (b == null) {
            throw line.invalid(1, "PROCEDURE_IMPORT_NO_PROCEDURE");
        }
        return b;
    }

    private static String key(@Nullable String agency, @Nullable String code) {
        return (agency == null ? "" : agency.strip().toUpperCase()) + "|" + (code == null ? "" : code.strip());
    }

    private static Sheet sheet(Workbook book, String name, List<String> columns, CellStyle head) {
        Sheet sheet = book.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(head);
            sheet.setColumnWidth(i, (i < 2 ? 14 : 30) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Sheet sheet, @Nullable Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }

    private static <E> @Nullable String label(@Nullable E value, Function<E, String> label) {
        return value == null ? null : label.apply(value);
    }

    private static <T> List<T> listed(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A procedure read from its row, gathering its components, steps and fees from the other sheets. */
    private static final class Builder {
        final Line line;
        final String key;
        final List<Part> parts = new ArrayList<>();
        final List<Stage> stages = new ArrayList<>();
        final List<Fee> fees = new ArrayList<>();

        Builder(Line line) {
            this.line = line;
            this.key = key(line.text(0), line.text(1));
        }
    }

    /** The data rows of the sheets, the header row skipped and empty rows ignored. */
    private static final class Reader {
        private final Workbook book;
        private final DataFormatter format = new DataFormatter();

        Reader(Workbook book) {
            this.book = book;
        }

        List<Line> lines(String sheetName, int columns) {
            Sheet sheet = book.getSheet(sheetName);
            if (sheet == null) {
                if (sheetName.equals(PROCEDURES)) {
                    throw SenException.invalid("PROCEDURE_IMPORT_SHEET_MISSING", sheetName);
                }
                return List.of();
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<@Nullable String> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < columns; c++) {
                    Cell cell = row.getCell(c);
                    String text =
                            cell == null ? "" : format.formatCellValue(cell).strip();
                    any |= !text.isEmpty();
                    cells.add(text.isEmpty() ? null : text);
                }
                if (any) {
                    lines.add(new Line(sheetName, r + 1, cells));
                }
            }
            return lines;
        }
    }

    /** One row: its sheet and number (as the spreadsheet shows them) for the refusals. */
    private record Line(String sheet, int number, List<@Nullable String> cells) {

        @Nullable
        String text(int column) {
            return cells.get(column);
        }

        @Nullable
        Integer number(int column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return new java.math.BigDecimal(text.replace(".", "").replace(",", ".")).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw invalid(column, "PROCEDURE_IMPORT_CELL_INVALID");
            }
        }

        @Nullable
        LocalTime time(int column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return LocalTime.parse(text.length() == 4 ? "0" + text : text);
            } catch (DateTimeParseException e) {
                throw invalid(column, "PROCEDURE_IMPORT_CELL_INVALID");
            }
        }

        /** "Có"/"Không" (with or without diacritics), also yes/no, true/false, 1/0; empty is yes. */
        boolean yesNo(int column) {
            String text = text(column);
            if (text == null) {
                return true;
            }
            return switch (SearchText.fold(text)) {
                case "co", "yes", "true", "1", "x" -> true;
                case "khong", "no", "false", "0" -> false;
                default -> throw invalid(column, "PROCEDURE_IMPORT_CELL_INVALID");
            };
        }

        <E> @Nullable E choice(int column, Function<String, Optional<E>> read) {
            String text = text(column);
            return text == null
                    ? null
                    : read.apply(text).orElseThrow(() -> invalid(column, "PROCEDURE_IMPORT_CELL_INVALID"));
        }

        SenException invalid(int column, String code) {
            String cell = String.valueOf((char) ('A' + column)) + number;
            String value = text(column) == null ? "" : text(column);
            return SenException.invalid(code, sheet, cell, value.length() > 60 ? value.substring(0, 60) + "…" : value);
        }
    }
}
