package vn.sen.signing;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.jspecify.annotations.Nullable;

/** The visible signature fields already in a PDF. */
final class SignatureWidgets {

    private SignatureWidgets() {}

    /**
     * The rectangle of the last signed, visible signature field, from the top left: the person's signature the
     * agency seal must overlap.
     */
    static AppearanceLayout.@Nullable Slot lastVisible(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return null;
        }
        AppearanceLayout.Slot found = null;
        for (PDField candidate : form.getFieldTree()) {
            if (!(candidate instanceof PDSignatureField field) || field.getSignature() == null) {
                continue;
            }
            for (PDAnnotationWidget widget : field.getWidgets()) {
                AppearanceLayout.Slot slot = slotOf(document, widget);
                if (slot != null) {
                    found = slot;
                }
            }
        }
        return found;
    }

    private static AppearanceLayout.@Nullable Slot slotOf(PDDocument document, PDAnnotationWidget widget) {
        PDRectangle rect = widget.getRectangle();
        if (rect == null || rect.getWidth() < 1 || rect.getHeight() < 1) {
            return null;
        }
        int page = pageOf(document, widget);
        if (page < 1) {
            return null;
        }
        float pageHeight = document.getPage(page - 1).getMediaBox().getHeight();
        return new AppearanceLayout.Slot(
                page, rect.getLowerLeftX(), pageHeight - rect.getUpperRightY(), rect.getWidth(), rect.getHeight());
    }

    private static int pageOf(PDDocument document, PDAnnotationWidget widget) {
        PDPage page = widget.getPage();
        if (page != null) {
            int index = document.getPages().indexOf(page);
            if (index >= 0) {
                return index + 1;
            }
        }
        // Some writers leave out /P: look for the widget in every page's annotations.
        List<PDPage> pages = java.util.stream.StreamSupport.stream(
                        document.getPages().spliterator(), false)
                .toList();
        for (int i = 0; i < pages.size(); i++) {
            try {
                if (pages.get(i).getAnnotations().stream().anyMatch(a -> a.getCOSObject() == widget.getCOSObject())) {
                    return i + 1;
                }
            } catch (java.io.IOException e) {
                return -1;
            }
        }
        return -1;
    }
}
