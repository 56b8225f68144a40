package vn.sen.document.print;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A register as an .xlsx workbook written with POI's streaming SXSSF: only the last {@value #WINDOW} rows stay in
 * memory, older ones go to a compressed temporary file, and the workbook is written straight to the output.
 * Layout: agency, title, period, the column titles and their numbers (frozen), then one row per document.
 */
public final class XlsxRegister implements AutoCloseable {

    public static final int WINDOW = 100;
    private static final int HEADER_ROW = 4;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final CellStyle centred;
    private final CellStyle day;
    private int next;

    public XlsxRegister(String sheetName, List<Integer> widths) {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        text = bordered(false);
        centred = bordered(true);
        day = bordered(true);
        day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        for (int i = 0; i < widths.size(); i++) {
            // about 2.6 characters per percent of a landscape page; POI counts 1/256 of a character
            sheet.setColumnWidth(i, Math.max(8, widths.get(i) * 26 / 10) * 256);
        }
    }

    /** The heading lines and the column titles; data rows follow. */
    public void heading(String agency, String title, String subtitle, List<String> columns) {
        int last = columns.size() - 1;
        line(0, agency, styled(true, false, HorizontalAlignment.LEFT), last);
        line(1, title, styled(true, false, HorizontalAlignment.CENTER), last);
        line(2, subtitle, styled(false, true, HorizontalAlignment.CENTER), last);
        CellStyle head = bordered(true);
        head.setFont(font(true, false));
        Row titles = sheet.createRow(HEADER_ROW);
        Row numbers = sheet.createRow(HEADER_ROW + 1);
        for (int i = 0; i <= last; i++) {
            set(titles.createCell(i), columns.get(i), head);
            set(numbers.createCell(i), "(" + (i + 1) + ")", centred);
        }
        sheet.createFreezePane(0, HEADER_ROW + 2);
        next = HEADER_ROW + 2;
    }

    public void add(List<Object> cells, java.util.Set<Integer> centredColumns) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(day);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(centred);
            } else {
                set(cell, Dates.cell(value), centredColumns.contains(i) ? centred : text);
            }
        }
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.dispose(); // deletes the temporary sheet files
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(int index, String value, CellStyle style, int lastColumn) {
        Row row = sheet.createRow(index);
        set(row.createCell(0), value, style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, lastColumn));
    }

    private static void set(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private CellStyle bordered(boolean centre) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setAlignment(centre ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
        style.setFont(font(false, false));
        return style;
    }

    private CellStyle styled(boolean bold, boolean italic, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setAlignment(alignment);
        style.setFont(font(bold, italic));
        return style;
    }

    private Font font(boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) 12);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }
}
