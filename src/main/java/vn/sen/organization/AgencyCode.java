package vn.sen.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.sen.shared.error.SenException;

/**
 * Agency identifier (mã định danh điện tử của cơ quan, tổ chức) per QĐ 20/2020/QĐ-TTg as amended by QĐ 09/2025/QĐ-TTg,
 * readable and printable in both notations in use:
 *
 * <ul>
 *   <li>the QĐ 20 notation, level 1 first and of variable length, as on the national public-service portal:
 *       {@code H41}, {@code H55.242}, {@code H15.50.05.13}. Level 1 is one letter A–K (W is also accepted, it
 *       appears in the registration samples of the national axis) and two digits; up to three lower levels of 2–3
 *       digits follow;
 *   <li>the fixed edXML notation of QCVN 102:2016 ({@code OrganId}, String(13)), level 4 first:
 *       {@code NNN.NN.NN.XNN}, where a zero group means "no such level": {@code 000.00.00.H41} ⇔ {@code H41},
 *       {@code 013.05.50.H15} ⇔ {@code H15.50.05.13}, {@code 000.00.15.H51} ⇔ {@code H51.15}.
 * </ul>
 *
 * <p>Lower levels are numbers: {@code H55.050} and {@code H55.50} are the same code, printed {@code H55.50}. The
 * lowest level of a code is never 0 ({@code H41.00} and {@code 000.00.00.H41} are not different codes); a zero between
 * real levels is kept as level {@code 00}, because the national axis uses such codes ({@code 002.00.20.H13} ⇔
 * {@code H13.20.00.02}). A QĐ 20 code whose level 2 or 3 exceeds 99, or whose level 4 exceeds 999
 * (e.g. {@code H55.242}), does not fit the edXML groups: {@link #edxmlForm()} is then empty, and an agency created
 * with such a code keeps its edXML code empty.
 */
public final class AgencyCode {

    private static final Pattern QD20 = Pattern.compile("([A-KW])(\\d{2})((?:\\.\\d{2,3}){0,3})");
    private static final Pattern EDXML = Pattern.compile("(\\d{3})\\.(\\d{2})\\.(\\d{2})\\.([A-KW])(\\d{2})");
    /** The largest number each lower level (2, 3, 4) may have to fit its edXML group. */
    private static final int[] EDXML_MAX = {99, 99, 999};

    private final String level1;
    private final List<Integer> lowerLevels;

    private AgencyCode(String level1, List<Integer> lowerLevels) {
        this.level1 = level1;
        this.lowerLevels = List.copyOf(lowerLevels);
    }

    /**
     * Reads a code in either notation (surrounding blanks ignored, the letter in any case).
     *
     * @throws SenException {@code AGENCY_CODE_INVALID} on field {@code code} when it is in neither notation
     */
    public static AgencyCode parse(@Nullable String value) {
        return tryParse(value).orElseThrow(() -> invalid(value));
    }

    /** Reads a code in either notation, or nothing when it is malformed. */
    public static Optional<AgencyCode> tryParse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.trim().toUpperCase(Locale.ROOT);
        Matcher qd20 = QD20.matcher(text);
        if (qd20.matches()) {
            return fromQd20(qd20);
        }
        Matcher edxml = EDXML.matcher(text);
        if (edxml.matches()) {
            return fromEdxml(edxml);
        }
        return Optional.empty();
    }

    private static Optional<AgencyCode> fromQd20(Matcher m) {
        List<Integer> levels = new ArrayList<>();
        String rest = m.group(3);
        if (!rest.isEmpty()) {
            for (String part : rest.substring(1).split("\\.")) {
                levels.add(Integer.parseInt(part));
            }
        }
        if (!levels.isEmpty() && levels.get(levels.size() - 1) == 0) {
            return Optional.empty(); // a code ends at its lowest real level: H41.00 is not a code
        }
        return Optional.of(new AgencyCode(m.group(1) + m.group(2), levels));
    }

    private static Optional<AgencyCode> fromEdxml(Matcher m) {
        // Groups run level 4, 3, 2; read them level 2 first. Zero groups at the level-4 end mean "no such level"; a
        // zero between real levels stays a level 00, as in the national axis sample 002.00.20.H13 (H13.20.00.02).
        int[] groups = {Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))};
        int depth = groups.length;
        while (depth > 0 && groups[depth - 1] == 0) {
            depth--;
        }
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            levels.add(groups[i]);
        }
        return Optional.of(new AgencyCode(m.group(4) + m.group(5), levels));
    }

    private static SenException invalid(@Nullable String value) {
        return SenException.invalidField("code", "AGENCY_CODE_INVALID", value == null ? "" : value.trim());
    }

    /** The code in QĐ 20 notation, level 1 first: {@code H15.50.05.13}. */
    public String qd20Form() {
        StringBuilder text = new StringBuilder(level1);
        for (int level : lowerLevels) {
            text.append('.').append(String.format(Locale.ROOT, "%02d", level));
        }
        return text.toString();
    }

    /** The 13-character edXML {@code OrganId} ({@code 013.05.50.H15}), or empty when a level is too large for it. */
    public Optional<String> edxmlForm() {
        int[] levels = new int[3];
        for (int i = 0; i < lowerLevels.size(); i++) {
            if (lowerLevels.get(i) > EDXML_MAX[i]) {
                return Optional.empty();
            }
            levels[i] = lowerLevels.get(i);
        }
        return Optional.of(String.format(Locale.ROOT, "%03d.%02d.%02d.%s", levels[2], levels[1], levels[0], level1));
    }

    /** Level 1: a letter and two digits, e.g. {@code H41} (a province) or {@code G06} (a ministry). */
    public String level1() {
        return level1;
    }

    /** Levels 2, 3 and 4 in that order, as far as the code goes. */
    public List<Integer> lowerLevels() {
        return Collections.unmodifiableList(lowerLevels);
    }

    /** How many levels the code has, 1 to 4. */
    public int depth() {
        return 1 + lowerLevels.size();
    }

    /** The code of the level above, e.g. {@code H15.50.05} for {@code H15.50.05.13}; empty for a level-1 code. */
    public Optional<AgencyCode> parent() {
        if (lowerLevels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AgencyCode(level1, lowerLevels.subList(0, lowerLevels.size() - 1)));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AgencyCode code && code.level1.equals(level1) && code.lowerLevels.equals(lowerLevels);
    }

    @Override
    public int hashCode() {
        return 31 * level1.hashCode() + lowerLevels.hashCode();
    }

    /** The QĐ 20 notation. */
    @Override
    public String toString() {
        return qd20Form();
    }
}
