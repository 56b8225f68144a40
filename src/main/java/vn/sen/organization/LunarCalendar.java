package vn.sen.organization;

import java.time.LocalDate;
import vn.sen.shared.error.SenException;

/**
 * The Vietnamese lunar calendar (âm lịch), computed for the time zone UTC+7 from the astronomical new moons and
 * the sun's longitude (formulas of J. Meeus, "Astronomical Algorithms", as used for the published Vietnamese
 * calendar). Rules: a month starts on the day (at +7) of a new moon; the month that contains the winter solstice is
 * month 11; when 13 new moons fall between two such months, the first month without a major solar term (trung khí)
 * is the leap month. Because the days are counted at +7 and not at +8, some years differ from the Chinese calendar
 * (Tết 1985 was 21 January in Vietnam and 20 February in China).
 */
public final class LunarCalendar {

    /** Vietnam's time zone for the calendar, in hours. */
    static final double VIETNAM = 7.0;

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_1900 = 2415021.076998695;
    private static final long JULIAN_DAY_OF_EPOCH = 2440588L;
    private static final double RAD = Math.PI / 180;

    private LunarCalendar() {}

    /** The lunar date of a solar (Gregorian) date. */
    public static LunarDate toLunar(LocalDate date) {
        return toLunar(date, VIETNAM);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws SenException {@code LUNAR_DATE_INVALID} when the lunar date does not exist (a leap flag on a month that
     *     is not the year's leap month, or the 30th of a 29-day month)
     */
    public static LocalDate toSolar(LunarDate lunar) {
        return toSolar(lunar, VIETNAM);
    }

    /** Tết Nguyên đán (the 1st of the 1st lunar month) of a Gregorian year. */
    public static LocalDate newYear(int year) {
        return toSolar(new LunarDate(1, 1, year, false));
    }

    /** The leap month (1 to 12) of the lunar year that starts in the given Gregorian year, or 0 if none. */
    public static int leapMonth(int year) {
        return leapMonth(year, VIETNAM);
    }

    static int leapMonth(int year, double zone) {
        // Months 1 to 10 of the year lie after month 11 of the year before; months 11 and 12 after its own.
        int early = leapMonthBetween(month11(year - 1, zone), month11(year, zone), zone);
        if (early >= 1 && early <= 10) {
            return early;
        }
        int late = leapMonthBetween(month11(year, zone), month11(year + 1, zone), zone);
        return late >= 11 ? late : 0;
    }

    private static int leapMonthBetween(long a11, long b11, double zone) {
        if (b11 - a11 <= 365) {
            return 0;
        }
        int month = leapMonthOffset(a11, zone) - 2;
        return month <= 0 ? month + 12 : month;
    }

    static LunarDate toLunar(LocalDate date, double zone) {
        long dayNumber = date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
        int k = (int) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1, zone);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k, zone);
        }
        int yy = date.getYear();
        long a11 = month11(yy, zone);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = month11(yy - 1, zone);
        } else {
            lunarYear = yy + 1;
            b11 = month11(yy + 1, zone);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11, zone);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(day, month, lunarYear, leap);
    }

    static LocalDate toSolar(LunarDate lunar, double zone) {
        if (lunar.month() < 1 || lunar.month() > 12 || lunar.day() < 1 || lunar.day() > 30) {
            throw SenException.invalid("LUNAR_DATE_INVALID");
        }
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = month11(lunar.year() - 1, zone);
            b11 = month11(lunar.year(), zone);
        } else {
            a11 = month11(lunar.year(), zone);
            b11 = month11(lunar.year() + 1, zone);
        }
        int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int off = lunar.month() - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11, zone);
            int leapMonth = leapOff - 2;
            if (leapMonth <= 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw SenException.invalid("LUNAR_DATE_INVALID");
            }
            if (lunar.leap() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leap()) {
            throw SenException.invalid("LUNAR_DATE_INVALID");
        }
        long monthStart = newMoonDay(k + off, zone);
        long dayNumber = monthStart + lunar.day() - 1;
        if (lunar.day() == 30 && newMoonDay(k + off + 1, zone) <= dayNumber) {
            throw SenException.invalid("LUNAR_DATE_INVALID");
        }
        return LocalDate.ofEpochDay(dayNumber - JULIAN_DAY_OF_EPOCH);
    }

    /** The Julian day number of the first day of lunar month 11 (the month of the winter solstice) of a year. */
    private static long month11(int year, double zone) {
        long off = LocalDate.of(year, 12, 31).toEpochDay() + JULIAN_DAY_OF_EPOCH - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k, zone);
        if (sunLongitudeSector(newMoon, zone) >= 9) {
            newMoon = newMoonDay(k - 1, zone);
        }
        return newMoon;
    }

    /** Months after month 11 until the first month without a major term: the leap month's offset. */
    private static int leapMonthOffset(long a11, double zone) {
        int k = (int) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i, zone), zone);
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i, zone), zone);
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** The Julian day number (local at the zone) of the k-th new moon after the one of January 1900. */
    private static long newMoonDay(int k, double zone) {
        return (long) Math.floor(newMoon(k) + 0.5 + zone / 24);
    }

    /** The sector (0 to 11, of 30 degrees) of the sun's longitude at the local midnight starting a day. */
    private static int sunLongitudeSector(long dayNumber, double zone) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - zone / 24) / Math.PI * 6);
    }

    /** Meeus' mean new moon with the main periodic terms, as a Julian day (UT). */
    private static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * RAD * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(RAD * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(RAD * 2 * f) - 0.0051 * Math.sin(RAD * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(RAD * (m - mpr)) + 0.0004 * Math.sin(RAD * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(RAD * (2 * f - m)) - 0.0006 * Math.sin(RAD * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(RAD * (2 * f - mpr)) + 0.0005 * Math.sin(RAD * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians (0 to 2π) at a Julian day (UT). */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * m) + 0.000290 * Math.sin(RAD * 3 * m);
        double omega = 125.04 - 1934.136 * t;
        double l = (l0 + dl - 0.00569 - 0.00478 * Math.sin(omega * RAD)) * RAD;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return l;
    }
}
