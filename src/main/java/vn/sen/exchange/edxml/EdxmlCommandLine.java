package vn.sen.exchange.edxml;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javax.xml.crypto.dsig.DigestMethod;

/**
 * {@code java -jar sen.jar edxml validate|show FILE}: checks a packet as the packet endpoint would (structure, limits,
 * signature integrity; not whether the signer is trusted, which depends on an installation's directory) and prints
 * the verdict, or a readable summary, in Vietnamese. Runs without starting Sen.
 *
 * <p>Exit codes: {@value #VALID} the packet is valid, {@value #REFUSED} it is refused (the code and reason are
 * printed), {@value #USAGE} the command was wrong or the file could not be read.
 */
public final class EdxmlCommandLine {

    public static final int VALID = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final PrintStream out;
    private final PrintStream err;

    private EdxmlCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code validate FILE} or {@code show FILE} (the words after {@code edxml}); returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new EdxmlCommandLine(out, err).run(args);
    }

    private int run(String[] args) {
        if (args.length != 2 || !(args[0].equals("validate") || args[0].equals("show"))) {
            err.println("Cách dùng: java -jar sen.jar edxml validate|show TỆP_GÓI_TIN");
            err.println("  validate  kiểm tra gói tin edXML (cấu trúc, giới hạn, chữ ký số)");
            err.println("  show      kiểm tra và in tóm tắt nội dung gói tin");
            err.println("Mã thoát: 0 hợp lệ, 1 bị từ chối, 2 sai cú pháp lệnh hoặc không đọc được tệp");
            return USAGE;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException | RuntimeException e) {
            err.println("Không đọc được tệp " + args[1] + ": " + e.getMessage());
            return USAGE;
        }
        ReadPacket read;
        try {
            read = new SignedPacketCodec(EdxmlLimits.defaults()).read(bytes);
        } catch (EdxmlRejected e) {
            out.println("KHÔNG HỢP LỆ [" + e.code() + "]: " + reason(e));
            return REFUSED;
        }
        out.println("HỢP LỆ: " + kind(read.packet()) + ", chữ ký số toàn vẹn (" + digest(read) + ")");
        if (args[0].equals("show")) {
            new PacketSummary(out).print(read);
        }
        return VALID;
    }

    private static String kind(EdxmlPacket packet) {
        if (packet instanceof StatusPacket s) {
            return "gói tin trạng thái " + s.statusCode().code();
        }
        return "gói tin văn bản (BussinessDocType "
                + ((DocumentPacket) packet).businessDocType().code() + ")";
    }

    private static String digest(ReadPacket read) {
        return switch (read.digestAlgorithm()) {
            case DigestMethod.SHA1 -> "SHA-1";
            case DigestMethod.SHA384 -> "SHA-384";
            case DigestMethod.SHA512 -> "SHA-512";
            default -> "SHA-256";
        };
    }

    /** The Vietnamese reason of {@code messages/edxml_vi.properties}, or the detail when there is none. */
    static String reason(EdxmlRejected e) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("messages/edxml", Locale.forLanguageTag("vi"));
            return new MessageFormat(bundle.getString("error." + e.code()), Locale.forLanguageTag("vi"))
                    .format(e.args());
        } catch (MissingResourceException missing) {
            return e.getMessage();
        }
    }

    /** The human-readable summary of {@code edxml show}. */
    private record PacketSummary(PrintStream out) {

        void print(ReadPacket read) {
            if (read.packet() instanceof DocumentPacket d) {
                document(d);
            } else {
                status((StatusPacket) read.packet());
            }
            X509Certificate signer = read.signer();
            line("Chứng thư ký", signer.getSubjectX500Principal().getName());
            line("Cấp bởi", signer.getIssuerX500Principal().getName());
            line(
                    "Hiệu lực",
                    TIME.format(signer.getNotBefore().toInstant().atZone(java.time.ZoneOffset.ofHours(7)))
                            + " – "
                            + TIME.format(signer.getNotAfter().toInstant().atZone(java.time.ZoneOffset.ofHours(7))));
            out.println("(Lệnh này không kiểm tra chứng thư có được tin cậy hay không: việc đó do danh bạ liên thông"
                    + " và các chứng thư gốc của từng hệ thống quyết định.)");
        }

        private void document(DocumentPacket d) {
            line("Nghiệp vụ", d.businessDocType().code() + " – " + d.businessDocReason());
            line("Cơ quan gửi", d.from().organName() + " (" + d.from().organId() + ")");
            for (Organ to : d.to()) {
                line("Nơi nhận", to.organName() + " (" + to.organId() + ")");
            }
            line("Mã văn bản", d.documentId());
            line("Số, ký hiệu", d.codeNumber() + "/" + d.codeNotation());
            line("Ngày ban hành", DAY.format(d.promulgationDate()) + (d.place() == null ? "" : ", " + d.place()));
            line("Loại văn bản", d.typeName() + " (" + d.typeCode() + ")");
            line("Trích yếu", d.subject());
            String signer = String.join(
                    " ",
                    java.util.stream.Stream.of(d.signerCompetence(), d.signerPosition(), d.signerFullName())
                            .filter(java.util.Objects::nonNull)
                            .toList());
            line("Người ký", signer.isEmpty() ? "—" : signer);
            line("Độ khẩn (Priority)", Integer.toString(d.priority()));
            if (d.dueDate() != null) {
                line("Hạn xử lý", DAY.format(d.dueDate()));
            }
            if (d.responseFor() != null) {
                line("Liên quan đến", d.responseFor().documentId());
            }
            for (DocumentPacket.Replaced r : d.replaced()) {
                line("Thay thế", r.documentId());
            }
            line("Gửi lúc", TIME.format(d.traceTime()));
            for (Attachment a : d.attachments()) {
                line("Tệp đính kèm", a.name() + " (" + a.contentType() + ", " + a.content().length + " byte)");
            }
        }

        private void status(StatusPacket s) {
            line("Cơ quan báo", s.from().organName() + " (" + s.from().organId() + ")");
            line("Về văn bản", s.responseFor().documentId());
            line("Trạng thái", s.statusCode().code() + " – " + s.description());
            line("Lúc", TIME.format(s.timestamp()));
            if (s.staffInfo().staff() != null) {
                line("Người xử lý", s.staffInfo().staff());
            }
        }

        private void line(String label, String value) {
            out.println(String.format("%-20s %s", label + ":", value));
        }
    }
}
